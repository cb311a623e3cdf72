using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Validation;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

/// <summary>Nothing built can be changed from outside, and bad input gets a coded error.</summary>
public sealed class BoundaryTests
{
    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        Assert.IsNotType<T[]>(list);
        var writable = Assert.IsAssignableFrom<IList<T>>(list);
        Assert.True(writable.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => writable.Clear());
        Assert.Throws<NotSupportedException>(() => writable.Add(list[0]));
        Assert.Throws<NotSupportedException>(() => writable[0] = list[0]);
        Assert.Throws<NotSupportedException>(() => writable.RemoveAt(0));
    }

    [Fact]
    public void The_history_cannot_be_written_through_a_cast()
    {
        var c = AccountabilityCaseTests.InState("Closed");
        var count = c.History.Count;

        AssertReadOnly(c.History);
        Assert.Throws<NotSupportedException>(() => ((ICollection<CaseEvent>)c.History).Remove(c.History[^1]));
        Assert.Equal(count, c.History.Count);
        Assert.Equal(CaseState.Closed, AccountabilityCase.Replay(c.History).State);
    }

    [Fact]
    public void A_request_keeps_a_read_only_copy_of_its_prior_dates_and_compares_them_by_content()
    {
        var priors = new List<LocalDate> { Day(-10) };
        var request = new SanctionRequest { Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = Day(0), PriorSubstantiatedOn = priors };

        priors.Add(Day(-20));

        Assert.Equal([Day(-10)], request.PriorSubstantiatedOn);
        AssertReadOnly(request.PriorSubstantiatedOn);
        Assert.Equal(request, request with { PriorSubstantiatedOn = [Day(-10)] });
        Assert.Equal(request.GetHashCode(), (request with { PriorSubstantiatedOn = [Day(-10)] }).GetHashCode());
        Assert.NotEqual(request, request with { PriorSubstantiatedOn = [Day(-11)] });
        Assert.Equal(0, Escalator.Decide(request with { PriorSubstantiatedOn = [] }).PriorCases);
    }

    [Fact]
    public void A_policy_keeps_read_only_copies_of_its_ladders_and_compares_them_by_content()
    {
        var cells = AccountabilityPolicy.Default.CadreLadder.ToList();
        var policy = AccountabilityPolicy.Default with { CadreLadder = cells };
        var escalator = new AccountabilityEscalator(policy);

        cells[0] = cells[0] with { Level = SanctionLevel.DisciplinarySanction };

        Assert.Equal(SanctionLevel.CriticismEducation, policy.CadreLadder[0].Level);
        Assert.Equal(SanctionLevel.CriticismEducation, escalator.Decide(new SanctionRequest { Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = Day(0) }).Level);
        AssertReadOnly(policy.CadreLadder);
        AssertReadOnly(policy.OrganizationLadder);
        AssertReadOnly(AccountabilityPolicy.Default.CadreLadder);
        Assert.Equal(AccountabilityPolicy.Default, policy);
        Assert.Equal(AccountabilityPolicy.Default, new AccountabilityPolicy());
        Assert.Equal(AccountabilityPolicy.Default.GetHashCode(), new AccountabilityPolicy().GetHashCode());
        Assert.NotEqual(AccountabilityPolicy.Default, AccountabilityPolicy.Default with { CadreLadder = [.. cells] });
    }

    [Fact]
    public void Negative_and_undefined_enum_values_get_a_code_everywhere()
    {
        var request = new SanctionRequest { Subject = Cadre, Kind = (MisconductKind)(-1), Impact = (Impact)(-3), DecidedOn = Day(0) };
        var policy = AccountabilityPolicy.Default with
        {
            CadreLadder = [.. AccountabilityPolicy.Default.CadreLadder.Skip(1), new CadreLadderCell((MisconductKind)(-1), (Impact)(-1), (SanctionLevel)(-1))],
            DiscloseFromLevel = (SanctionLevel)(-2),
        };
        var finding = Finding.Substantiated((MisconductKind)(-1), (Impact)(-1));

        Assert.Equal([AccountabilityErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => Escalator.Decide(request)).Codes);
        Assert.Contains(AccountabilityErrorCodes.EnumUndefined, Assert.Throws<InvalidInputException>(() => new AccountabilityEscalator(policy)).Codes);
        Assert.Contains(AccountabilityErrorCodes.EnumUndefined, new AccountabilityPolicyValidator().Validate(policy).Errors.Select(e => e.ErrorCode));
        Assert.Equal([AccountabilityErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => Investigating().Conclude(Day(5), finding)).Codes);
        Assert.Equal([AccountabilityErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => Investigating().Conclude(Day(5), new Finding { Outcome = (FindingOutcome)(-1) })).Codes);
    }

    [Fact]
    public void An_escalator_names_every_inconsistent_version()
    {
        var policies = new PolicySet<AccountabilityPolicy>(
        [
            new PolicyVersion<AccountabilityPolicy>("2025", new LocalDate(2025, 1, 1), AccountabilityPolicy.Default),
            new PolicyVersion<AccountabilityPolicy>("2026", new LocalDate(2026, 1, 1), AccountabilityPolicy.Default with { LookBackMonths = 0 }),
            new PolicyVersion<AccountabilityPolicy>("2027", new LocalDate(2027, 1, 1), AccountabilityPolicy.Default with { StepsPerPrior = -1 }),
        ]);

        var error = Assert.Throws<InvalidInputException>(() => new AccountabilityEscalator(policies));

        Assert.Equal(["policies[2026].LookBackMonths", "policies[2027].StepsPerPrior"], error.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void A_receipt_with_a_null_policy_or_a_blank_label_is_refused_with_a_code()
    {
        var blank = new PolicyVersion<AccountabilityPolicy>(" ", LocalDate.MinIsoValue, AccountabilityPolicy.Default);
        var empty = new PolicyVersion<AccountabilityPolicy>("x", LocalDate.MinIsoValue, null!);

        Assert.Equal([CommonErrorCodes.IdEmpty], Assert.Throws<InvalidInputException>(() => AccountabilityCase.Receive(Complaint(), Start, blank)).Codes);
        Assert.Equal([CommonErrorCodes.Required], Assert.Throws<InvalidInputException>(() => AccountabilityCase.Receive(Complaint(), Start, empty)).Codes);
        Assert.Throws<ArgumentNullException>(() => AccountabilityCase.Receive(Complaint(), Start, (PolicyVersion<AccountabilityPolicy>)null!));
    }

    [Fact]
    public void The_largest_policy_figures_at_the_ends_of_the_calendar_give_deadlines_and_decisions_not_overflows()
    {
        var policy = AccountabilityPolicy.Default with
        {
            RegisterWithinDays = int.MaxValue, ConcludeWithinDays = int.MaxValue, MaxExtensionDays = int.MaxValue, LookBackMonths = int.MaxValue,
            StepsPerPrior = int.MaxValue, ObstructionSteps = int.MaxValue, MissedRectificationSteps = int.MaxValue, PromptRemedySteps = int.MaxValue,
        };
        var policies = PolicySet.Of(policy);
        var last = LocalDate.MaxIsoValue;
        var c = AccountabilityCase.Receive(Complaint(), last.PlusDays(-2), policies);
        c.StartInvestigation(last.PlusDays(-1));
        c.ExtendDeadline(last.PlusDays(-1), int.MaxValue, "the archive is closed");
        c.Conclude(last, Finding.Substantiated(MisconductKind.Inaction, Impact.Minor) with { ObstructedInvestigation = true });

        var decision = new AccountabilityEscalator(policies).Decide(c, [LocalDate.MinIsoValue, last.PlusDays(-1), last.PlusDays(-3)], last);
        c.Sanction(last, decision);

        Assert.Equal(last, c.RegistrationDeadline);
        Assert.Equal(last, c.ConclusionDeadline);
        Assert.False(c.IsOverdueOn(last));
        Assert.Equal(3, decision.PriorCases);
        Assert.Equal(int.MaxValue, decision.Steps);
        Assert.Equal(SanctionLevel.DisciplinarySanction, decision.Level);
        Assert.Equal(CaseState.Sanctioned, c.State);
        Assert.Equal(LocalDate.MinIsoValue, new AccountabilityEscalator(policies).Decide(new SanctionRequest
        {
            Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = LocalDate.MinIsoValue, PriorSubstantiatedOn = [LocalDate.MinIsoValue],
        }).DecidedOn);
    }
}
