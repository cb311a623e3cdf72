using System.Globalization;
using System.Reflection;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

/// <summary>The case trusts no decision handed to it: it checks each against its own finding and policy version.</summary>
public sealed class DecisionCheckTests
{
    private static SanctionRequest Request(MisconductKind kind, Impact impact, LocalDate on) =>
        new() { Subject = Cadre, Kind = kind, Impact = impact, DecidedOn = on };

    private static string[] MismatchedProperties(InvalidInputException error)
    {
        Assert.Equal([AccountabilityErrorCodes.DecisionMismatch], error.Codes);
        return [.. error.Errors.Select(e => e.PropertyName)];
    }

    [Fact]
    public void A_serious_case_refuses_a_decision_without_disclosure_and_cannot_close_undisclosed()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Serious));
        var lighter = Escalator.Decide(Request(MisconductKind.Inaction, Impact.Minor, Day(25)));

        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(Day(25), lighter));

        Assert.Equal([nameof(SanctionDecision.RequiresDisclosure), nameof(SanctionDecision.Level), nameof(SanctionDecision.Reasons)], MismatchedProperties(error));
        Assert.Equal(CaseState.Concluded, c.State);
        Assert.Equal(3, c.History.Count);
        Assert.StartsWith(AccountabilityErrorCodes.CloseWithoutSanction, Assert.Throws<InvalidOperationException>(() => c.Close(Day(26))).Message);
    }

    [Fact]
    public void A_decision_whose_disclosure_was_lifted_is_refused_even_when_everything_else_matches()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Serious));
        var own = Escalator.Decide(c, [], Day(25));
        var lifted = new SanctionDecision(own.Subject, own.Level, own.OrganizationLevel, own.Waived, requiresDisclosure: false, own.Steps, own.PriorCases, own.DecidedOn, own.PolicyLabel, [.. own.Reasons]);

        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(Day(25), lifted));

        Assert.Equal([nameof(SanctionDecision.RequiresDisclosure)], MismatchedProperties(error));
        c.Sanction(Day(25), own);
        Assert.True(c.RequiresDisclosure);
    }

    [Fact]
    public void A_decision_of_another_level_is_refused()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.RuleViolation, Impact.Significant));
        var other = Escalator.Decide(Request(MisconductKind.Inaction, Impact.Significant, Day(25)));

        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(Day(25), other));

        Assert.Equal([nameof(SanctionDecision.Level), nameof(SanctionDecision.Reasons)], MismatchedProperties(error));
    }

    [Fact]
    public void A_decision_for_other_facts_with_the_same_outcome_is_refused_for_its_reasons()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.DisorderlyAction, Impact.Significant));
        var offsetting = Escalator.Decide(Request(MisconductKind.DisorderlyAction, Impact.Significant, Day(25)) with { ObstructedInvestigation = true, PromptRemedy = true });

        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(Day(25), offsetting));

        Assert.Equal(Escalator.Decide(c, [], Day(25)).Level, offsetting.Level);
        Assert.Equal([nameof(SanctionDecision.Reasons)], MismatchedProperties(error));
    }

    [Fact]
    public void A_waiver_the_finding_does_not_support_is_refused()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.RuleViolation, Impact.Serious));
        var waived = Escalator.Decide(Request(MisconductKind.RuleViolation, Impact.Serious, Day(25)) with { DissentRecorded = true });

        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(Day(25), waived));

        Assert.Equal(
            [nameof(SanctionDecision.RequiresDisclosure), nameof(SanctionDecision.Waived), nameof(SanctionDecision.Level), nameof(SanctionDecision.Reasons)],
            MismatchedProperties(error));
    }

    [Fact]
    public void A_decision_that_ignores_the_missed_order_behind_the_case_is_refused()
    {
        var order = new RectificationOrder(new RectificationOrderId("order-1"), new CaseId("case-0"), Cadre, Day(0), Day(10), "Publish the permit queue");
        var c = AccountabilityCase.OpenForMissedOrder(new CaseId("case-2"), order, Day(11), FixturePolicies);
        c.StartInvestigation(Day(12));
        c.Conclude(Day(20), Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));
        var withoutMiss = Escalator.Decide(Request(MisconductKind.Inaction, Impact.Minor, Day(25)));

        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(Day(25), withoutMiss));

        Assert.Equal([nameof(SanctionDecision.Level), nameof(SanctionDecision.Steps), nameof(SanctionDecision.Reasons)], MismatchedProperties(error));
    }

    [Fact]
    public void A_decision_from_a_request_with_the_findings_facts_and_priors_is_accepted()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Significant) with { PromptRemedy = true });
        var request = Request(MisconductKind.Inaction, Impact.Significant, Day(25)) with
        {
            PromptRemedy = true,
            PriorSubstantiatedOn = [Day(-30), Day(-60), Day(-900)],
            PolicyLabel = c.PolicyLabel,
        };

        var decision = Escalator.Decide(request);
        c.Sanction(Day(30), decision);

        Assert.Equal(2, decision.PriorCases);
        Assert.Equal(1, decision.Steps);
        Assert.Same(decision, c.Decision);
        Assert.Equal(Day(30), c.SanctionedOn);
    }

    [Fact]
    public void A_decision_written_in_another_culture_is_accepted()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.RuleViolation, Impact.Serious));
        var english = Culture.Under("en-US", () => Escalator.Decide(c, [Day(-10)], Day(25)));

        Culture.Under("zh-CN", () =>
        {
            c.Sanction(Day(25), english);
            return c;
        });

        Assert.Equal(CaseState.Sanctioned, c.State);
    }

    [Fact]
    public void A_decision_dated_before_the_finding_is_refused_by_the_escalator_and_by_the_case()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));
        var early = Escalator.Decide(Request(MisconductKind.Inaction, Impact.Minor, Day(19)));

        Assert.StartsWith(AccountabilityErrorCodes.DecisionBeforeFinding, Assert.Throws<InvalidOperationException>(() => Escalator.Decide(c, [], Day(19))).Message);
        Assert.StartsWith(AccountabilityErrorCodes.DecisionBeforeFinding, Assert.Throws<InvalidOperationException>(() => c.Sanction(Day(21), early)).Message);
        Assert.Equal(CaseState.Concluded, c.State);
        Assert.Equal(Day(20), Escalator.Decide(c, [], Day(20)).DecidedOn);
    }

    [Fact]
    public void A_sanction_recorded_before_its_decision_date_is_refused()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));
        var decision = Escalator.Decide(c, [], Day(30));

        var error = Assert.Throws<InvalidOperationException>(() => c.Sanction(Day(29), decision));

        Assert.StartsWith(AccountabilityErrorCodes.SanctionBeforeDecision, error.Message);
        Assert.Equal(CaseState.Concluded, c.State);
        c.Sanction(Day(30), decision);
        Assert.Equal(CaseState.Sanctioned, c.State);
    }

    [Fact]
    public void A_host_cannot_build_or_change_a_decision()
    {
        var type = typeof(SanctionDecision);

        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.All(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => Assert.Null(p.SetMethod));
    }

    [Fact]
    public void A_decisions_reasons_cannot_be_written_through_a_cast()
    {
        var decision = Escalator.Decide(Request(MisconductKind.Inaction, Impact.Serious, Day(25)));

        var list = Assert.IsAssignableFrom<IList<Reason>>(decision.Reasons);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = decision.Reasons[1]);
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.IsNotType<Reason[]>(decision.Reasons);
    }

    [Fact]
    public void Decisions_are_equal_by_content()
    {
        var request = Request(MisconductKind.Inaction, Impact.Serious, Day(25));

        Assert.Equal(Escalator.Decide(request), Escalator.Decide(request));
        Assert.Equal(Escalator.Decide(request).GetHashCode(), Escalator.Decide(request).GetHashCode());
        Assert.NotEqual(Escalator.Decide(request), Escalator.Decide(request with { Impact = Impact.Minor }));
    }

    [Fact]
    public void Reasons_render_in_any_culture_names_included()
    {
        var request = Request(MisconductKind.RuleViolation, Impact.Serious, Day(25));
        var english = Culture.Under("en-US", () => Escalator.Decide(request));
        var chinese = Culture.Under("zh-CN", () => Escalator.Decide(request));

        Assert.Equal(chinese.Reasons.Select(r => r.Message), english.Reasons.Select(r => r.MessageIn(CultureInfo.GetCultureInfo("zh-CN"))));
        Assert.Equal(english.Reasons.Select(r => r.Message), chinese.Reasons.Select(r => r.MessageIn(CultureInfo.GetCultureInfo("en-US"))));
    }
}
