using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.DependencyInjection;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class RegistrationAndScenarioTests
{
    [Fact]
    public void AddPartyBuilding_registers_the_escalator_the_policy_and_the_validators()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();

        Assert.IsType<AccountabilityEscalator>(provider.GetRequiredService<IAccountabilityEscalator>());
        Assert.Same(AccountabilityPolicy.Default, provider.GetRequiredService<AccountabilityPolicy>());
        Assert.NotNull(provider.GetRequiredService<PolicySet<AccountabilityPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<AccountabilityPolicy>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<Complaint>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<Finding>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<RectificationOrder>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<SanctionRequest>>());
    }

    [Fact]
    public void AddPartyBuilding_refuses_an_inconsistent_accountability_policy_naming_the_version()
    {
        var error = Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(o =>
            o.Accountability = PolicySet.Of(AccountabilityPolicy.Default with { LookBackMonths = 0, CadreLadder = [] }, "bad")));

        Assert.Contains(AccountabilityErrorCodes.PolicyNotPositive, error.Codes);
        Assert.Contains(AccountabilityErrorCodes.LadderCellMissing, error.Codes);
        Assert.All(error.Errors, e => Assert.StartsWith("Accountability[bad].", e.PropertyName, StringComparison.Ordinal));
    }

    /// <summary>
    /// The seed's four unities: a complaint is investigated to the end; the violation is dealt with
    /// seriously; a missed rectification ("failing to improve efficiency") is held accountable; a serious
    /// impact is disclosed before the case closes.
    /// </summary>
    [Fact]
    public void The_four_unities_from_complaint_to_disclosure()
    {
        using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();
        var escalator = provider.GetRequiredService<IAccountabilityEscalator>();
        var policies = provider.GetRequiredService<PolicySet<AccountabilityPolicy>>();
        var cadre = AccountabilitySubject.ForCadre(new CadreId("village-cadre-zhang"));

        // 1. A villager complains that land-contract certificates were held back for months.
        var first = AccountabilityCase.Receive(new Complaint(new CaseId("2026-001"), cadre, "Land-contract certificates withheld"), new LocalDate(2026, 3, 2), policies);
        first.StartInvestigation(new LocalDate(2026, 3, 10));
        first.Conclude(new LocalDate(2026, 4, 20), Finding.Substantiated(MisconductKind.Inaction, Impact.Significant));
        var firstDecision = escalator.Decide(first, [], new LocalDate(2026, 4, 25));
        first.Sanction(new LocalDate(2026, 4, 25), firstDecision);
        first.Close(new LocalDate(2026, 4, 26));
        Assert.Equal(SanctionLevel.CirculatedCriticism, firstDecision.Level);
        Assert.False(firstDecision.RequiresDisclosure);

        // 2. A rectification order with a deadline is issued and not met.
        var order = new RectificationOrder(new RectificationOrderId("R-2026-001"), first.Id, cadre, new LocalDate(2026, 4, 25), new LocalDate(2026, 6, 30), "Issue every withheld certificate");
        Assert.True(order.IsMissedOn(new LocalDate(2026, 7, 1)));

        // 3. The miss opens a linked case; the investigation finds a serious impact and obstruction.
        var second = AccountabilityCase.OpenForMissedOrder(new CaseId("2026-017"), order, new LocalDate(2026, 7, 2), policies);
        second.StartInvestigation(new LocalDate(2026, 7, 6));
        second.ExtendDeadline(new LocalDate(2026, 8, 30), 20, "Records held by the county archive");
        second.Conclude(new LocalDate(2026, 9, 20), Finding.Substantiated(MisconductKind.Inaction, Impact.Serious) with { ObstructedInvestigation = true });
        var decision = escalator.Decide(second, [first.ConcludedOn!.Value], new LocalDate(2026, 9, 25));
        second.Sanction(new LocalDate(2026, 9, 25), decision);

        // Base OrganizationalAdjustment, +1 prior, +1 obstruction, +1 missed order: capped at DisciplinarySanction; disclosed.
        Assert.Equal(SanctionLevel.DisciplinarySanction, decision.Level);
        Assert.Equal(3, decision.Steps);
        Assert.True(decision.RequiresDisclosure);
        Assert.Equal(first.Id, second.LinkedCase);
        Assert.StartsWith(AccountabilityErrorCodes.CloseBeforeDisclosure, Assert.Throws<InvalidOperationException>(() => second.Close(new LocalDate(2026, 9, 26))).Message);

        // 4. Disclosed to the public, then closed.
        second.Disclose(new LocalDate(2026, 9, 28));
        second.Close(new LocalDate(2026, 9, 30));
        Assert.Equal(CaseState.Closed, second.State);
        Assert.False(second.IsOverdueOn(new LocalDate(2026, 9, 25)));
        Assert.False(second.IsOverdueOn(new LocalDate(2026, 9, 16)));
        Assert.True(second.IsOverdueOn(new LocalDate(2026, 9, 5)) is false && !second.IsOverdueOn(new LocalDate(2026, 9, 24)));
    }
}
