using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class EscalatorTests
{
    private static readonly LocalDate DecidedOn = new(2026, 9, 15);

    private static SanctionRequest Request(MisconductKind kind = MisconductKind.Inaction, Impact impact = Impact.Minor, AccountabilitySubject? subject = null) =>
        new() { Subject = subject ?? Cadre, Kind = kind, Impact = impact, DecidedOn = DecidedOn };

    [Theory]
    [InlineData(MisconductKind.Inaction, Impact.Minor, SanctionLevel.CriticismEducation, false)]
    [InlineData(MisconductKind.Inaction, Impact.Significant, SanctionLevel.CirculatedCriticism, false)]
    [InlineData(MisconductKind.Inaction, Impact.Serious, SanctionLevel.OrganizationalAdjustment, true)]
    [InlineData(MisconductKind.DisorderlyAction, Impact.Minor, SanctionLevel.CirculatedCriticism, false)]
    [InlineData(MisconductKind.DisorderlyAction, Impact.Significant, SanctionLevel.WarningTalk, false)]
    [InlineData(MisconductKind.DisorderlyAction, Impact.Serious, SanctionLevel.OrganizationalAdjustment, true)]
    [InlineData(MisconductKind.RuleViolation, Impact.Minor, SanctionLevel.CirculatedCriticism, false)]
    [InlineData(MisconductKind.RuleViolation, Impact.Significant, SanctionLevel.WarningTalk, false)]
    [InlineData(MisconductKind.RuleViolation, Impact.Serious, SanctionLevel.DisciplinarySanction, true)]
    public void Every_cell_of_the_default_cadre_ladder_gives_its_base_level(MisconductKind kind, Impact impact, SanctionLevel level, bool disclose)
    {
        var decision = Escalator.Decide(Request(kind, impact));

        Assert.Equal(level, decision.Level);
        Assert.Null(decision.OrganizationLevel);
        Assert.False(decision.Waived);
        Assert.Equal(disclose, decision.RequiresDisclosure);
        Assert.Equal(0, decision.Steps);
        Assert.Equal(AccountabilityReasonCodes.Sanction, decision.Reasons[0].Code);
        Assert.Equal(AccountabilityReasonCodes.BaseLevel, decision.Reasons[1].Code);
        Assert.Equal(PolicySet.DefaultLabel, decision.PolicyLabel);
        Assert.Equal(DecidedOn, decision.DecidedOn);
    }

    [Theory]
    [InlineData(MisconductKind.Inaction, Impact.Minor, OrganizationSanctionLevel.Inspection)]
    [InlineData(MisconductKind.Inaction, Impact.Significant, OrganizationSanctionLevel.Inspection)]
    [InlineData(MisconductKind.Inaction, Impact.Serious, OrganizationSanctionLevel.CirculatedCriticism)]
    [InlineData(MisconductKind.DisorderlyAction, Impact.Minor, OrganizationSanctionLevel.Inspection)]
    [InlineData(MisconductKind.DisorderlyAction, Impact.Significant, OrganizationSanctionLevel.CirculatedCriticism)]
    [InlineData(MisconductKind.DisorderlyAction, Impact.Serious, OrganizationSanctionLevel.Reorganization)]
    [InlineData(MisconductKind.RuleViolation, Impact.Minor, OrganizationSanctionLevel.Inspection)]
    [InlineData(MisconductKind.RuleViolation, Impact.Significant, OrganizationSanctionLevel.CirculatedCriticism)]
    [InlineData(MisconductKind.RuleViolation, Impact.Serious, OrganizationSanctionLevel.Reorganization)]
    public void Every_cell_of_the_default_organization_ladder_gives_its_base_level(MisconductKind kind, Impact impact, OrganizationSanctionLevel level)
    {
        var decision = Escalator.Decide(Request(kind, impact, Organization));

        Assert.Equal(level, decision.OrganizationLevel);
        Assert.Null(decision.Level);
        Assert.Equal(impact == Impact.Serious, decision.RequiresDisclosure);
    }

    [Fact]
    public void A_reorganization_reached_by_steps_is_disclosed_even_without_serious_impact()
    {
        var decision = Escalator.Decide(Request(MisconductKind.RuleViolation, Impact.Significant, Organization) with { ObstructedInvestigation = true });

        Assert.Equal(OrganizationSanctionLevel.Reorganization, decision.OrganizationLevel);
        Assert.True(decision.RequiresDisclosure);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.DiscloseLevel);
        Assert.DoesNotContain(decision.Reasons, r => r.Code == AccountabilityReasonCodes.DiscloseSeriousImpact);
    }

    [Fact]
    public void An_organizational_adjustment_reached_by_priors_is_disclosed_even_without_serious_impact()
    {
        var decision = Escalator.Decide(Request(MisconductKind.DisorderlyAction, Impact.Significant) with { PriorSubstantiatedOn = [DecidedOn.PlusDays(-30)] });

        Assert.Equal(SanctionLevel.OrganizationalAdjustment, decision.Level);
        Assert.True(decision.RequiresDisclosure);
        Assert.Equal(1, decision.Steps);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.PriorCases);
    }

    [Fact]
    public void Each_prior_in_the_look_back_window_adds_one_step()
    {
        LocalDate[] priors = [DecidedOn.PlusDays(-1), DecidedOn.PlusMonths(-6), DecidedOn.PlusMonths(-12)];

        var decision = Escalator.Decide(Request() with { PriorSubstantiatedOn = priors });

        Assert.Equal(SanctionLevel.OrganizationalAdjustment, decision.Level);
        Assert.Equal(3, decision.Steps);
    }

    [Fact]
    public void Priors_outside_the_window_on_the_decision_day_or_after_it_do_not_count()
    {
        LocalDate[] priors = [DecidedOn.PlusMonths(-12).PlusDays(-1), DecidedOn, DecidedOn.PlusDays(3)];

        var decision = Escalator.Decide(Request() with { PriorSubstantiatedOn = priors });

        Assert.Equal(SanctionLevel.CriticismEducation, decision.Level);
        Assert.Equal(0, decision.Steps);
        Assert.DoesNotContain(decision.Reasons, r => r.Code == AccountabilityReasonCodes.PriorCases);
    }

    [Fact]
    public void The_look_back_window_is_twelve_calendar_months_not_365_days()
    {
        var decidedOn = new LocalDate(2025, 3, 1);
        var request = Request() with { DecidedOn = decidedOn, PriorSubstantiatedOn = [new LocalDate(2024, 3, 1), new LocalDate(2024, 2, 29)] };

        Assert.Equal(1, Escalator.Decide(request).Steps);
    }

    [Fact]
    public void Obstruction_and_a_missed_rectification_order_each_add_one_step()
    {
        var obstructed = Escalator.Decide(Request() with { ObstructedInvestigation = true });
        var missed = Escalator.Decide(Request() with { MissedRectificationOrder = true });
        var both = Escalator.Decide(Request() with { ObstructedInvestigation = true, MissedRectificationOrder = true });

        Assert.Equal(SanctionLevel.CirculatedCriticism, obstructed.Level);
        Assert.Contains(obstructed.Reasons, r => r.Code == AccountabilityReasonCodes.Obstruction);
        Assert.Equal(SanctionLevel.CirculatedCriticism, missed.Level);
        Assert.Contains(missed.Reasons, r => r.Code == AccountabilityReasonCodes.MissedRectification);
        Assert.Equal(SanctionLevel.WarningTalk, both.Level);
    }

    [Fact]
    public void Prompt_remedy_takes_one_step_down()
    {
        var decision = Escalator.Decide(Request(MisconductKind.DisorderlyAction, Impact.Significant) with { PromptRemedy = true });

        Assert.Equal(SanctionLevel.CirculatedCriticism, decision.Level);
        Assert.Equal(-1, decision.Steps);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.PromptRemedy);
    }

    [Fact]
    public void Prompt_remedy_at_the_bottom_holds_the_bottom_level()
    {
        var decision = Escalator.Decide(Request() with { PromptRemedy = true });

        Assert.Equal(SanctionLevel.CriticismEducation, decision.Level);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.HeldAtBottom);
    }

    [Fact]
    public void Escalation_is_capped_at_the_top_of_the_ladder()
    {
        var decision = Escalator.Decide(Request(MisconductKind.RuleViolation, Impact.Serious) with
        {
            ObstructedInvestigation = true,
            PriorSubstantiatedOn = [DecidedOn.PlusDays(-10), DecidedOn.PlusDays(-20)],
        });

        Assert.Equal(SanctionLevel.DisciplinarySanction, decision.Level);
        Assert.Equal(3, decision.Steps);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.CappedAtTop);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.DiscloseSeriousImpact);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.DiscloseLevel);
    }

    [Fact]
    public void Organization_escalation_is_capped_at_reorganization()
    {
        var decision = Escalator.Decide(Request(MisconductKind.RuleViolation, Impact.Serious, Organization) with { MissedRectificationOrder = true });

        Assert.Equal(OrganizationSanctionLevel.Reorganization, decision.OrganizationLevel);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.CappedAtTop);
    }

    [Theory]
    [InlineData(true, false, AccountabilityReasonCodes.WaivedForDissent)]
    [InlineData(false, true, AccountabilityReasonCodes.WaivedForForceMajeure)]
    public void Recorded_dissent_or_force_majeure_waives_accountability_even_for_serious_impact(bool dissent, bool forceMajeure, string code)
    {
        var decision = Escalator.Decide(Request(MisconductKind.RuleViolation, Impact.Serious) with
        {
            DissentRecorded = dissent,
            ForceMajeure = forceMajeure,
            ObstructedInvestigation = true,
        });

        Assert.True(decision.Waived);
        Assert.Null(decision.Level);
        Assert.Null(decision.OrganizationLevel);
        Assert.False(decision.RequiresDisclosure);
        Assert.Equal(code, decision.Reasons[0].Code);
    }

    [Fact]
    public void Deciding_a_case_uses_its_finding_and_the_miss_that_opened_it()
    {
        var order = new RectificationOrder(new RectificationOrderId("order-1"), new CaseId("case-0"), Cadre, Day(0), Day(30), "Publish the permit queue");
        var c = AccountabilityCase.OpenForMissedOrder(new CaseId("case-2"), order, Day(31), FixturePolicies);
        c.StartInvestigation(Day(32));
        c.Conclude(Day(40), Finding.Substantiated(MisconductKind.Inaction, Impact.Significant) with { PromptRemedy = true, ObstructedInvestigation = true });

        var decision = Escalator.Decide(c, [Day(-100)], Day(41));

        Assert.Equal(SanctionLevel.OrganizationalAdjustment, decision.Level);
        Assert.Equal(2, decision.Steps);
        Assert.Contains(decision.Reasons, r => r.Code == AccountabilityReasonCodes.MissedRectification);
    }

    [Fact]
    public void Deciding_a_case_that_is_not_substantiated_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Escalator.Decide(Investigating(), [], Day(10)));

        Assert.StartsWith(AccountabilityErrorCodes.IllegalTransition, error.Message);
        Assert.Throws<ArgumentNullException>(() => Escalator.Decide(null!, [], Day(10)));
        Assert.Throws<ArgumentNullException>(() => Escalator.Decide(Investigating(), null!, Day(10)));
    }

    [Fact]
    public void An_invalid_request_is_refused_with_every_failure_listed()
    {
        var request = new SanctionRequest
        {
            Subject = null!, Kind = (MisconductKind)7, Impact = (Impact)(-1), DecidedOn = DecidedOn, PriorSubstantiatedOn = null!,
        };

        var error = Assert.Throws<InvalidInputException>(() => Escalator.Decide(request));

        Assert.Contains(AccountabilityErrorCodes.SubjectMissing, error.Codes);
        Assert.Contains(AccountabilityErrorCodes.EnumUndefined, error.Codes);
        Assert.Contains(AccountabilityErrorCodes.PriorsMissing, error.Codes);
        Assert.Equal(4, error.Errors.Count);
        Assert.Throws<ArgumentNullException>(() => Escalator.Decide((SanctionRequest)null!));
    }

    [Fact]
    public void An_unknown_policy_label_is_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => Escalator.Decide(Request() with { PolicyLabel = "2019" }));

        Assert.Contains(AccountabilityErrorCodes.PolicyLabelUnknown, error.Codes);
    }

    [Fact]
    public void An_escalator_is_not_built_from_an_inconsistent_policy()
    {
        Assert.Throws<InvalidInputException>(() => new AccountabilityEscalator(AccountabilityPolicy.Default with { LookBackMonths = 0 }));
        Assert.Throws<ArgumentNullException>(() => new AccountabilityEscalator((AccountabilityPolicy)null!));
        Assert.Throws<ArgumentNullException>(() => new AccountabilityEscalator((PolicySet<AccountabilityPolicy>)null!));
    }

    [Fact]
    public void Reasons_follow_the_ui_culture_and_codes_do_not()
    {
        var request = Request(MisconductKind.RuleViolation, Impact.Serious) with { PriorSubstantiatedOn = [DecidedOn.PlusDays(-5)] };

        var english = Culture.Under("en-US", () => Escalator.Decide(request));
        var chinese = Culture.Under("zh-CN", () => Escalator.Decide(request));

        Assert.Equal(english.Reasons.Select(r => r.Code), chinese.Reasons.Select(r => r.Code));
        Assert.NotEqual(english.Reasons[0].Message, chinese.Reasons[0].Message);
        Assert.All(chinese.Reasons, r => Assert.DoesNotContain("ACC.", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Many_priors_are_all_counted()
    {
        var priors = Enumerable.Range(1, 20).Select(i => DecidedOn.PlusDays(-i)).ToArray();

        var decision = Escalator.Decide(Request() with { PriorSubstantiatedOn = priors });

        Assert.Equal(20, decision.Steps);
        Assert.Equal(SanctionLevel.DisciplinarySanction, decision.Level);
    }
    [Fact]
    public void A_case_opened_under_a_version_the_escalator_does_not_hold_is_decided_under_that_version()
    {
        var old = new PolicyVersion<AccountabilityPolicy>("2020", new LocalDate(2020, 1, 1), AccountabilityPolicy.Default with
        {
            CadreLadder = [.. AccountabilityPolicy.Default.CadreLadder.Select(cell => cell with { Level = SanctionLevel.WarningTalk })],
        });
        var c = AccountabilityCase.Receive(Complaint(), Start, old);
        c.StartInvestigation(Day(1));
        c.Conclude(Day(2), Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));

        var first = Escalator.Decide(c, [], Day(3));
        var second = Escalator.Decide(c, [], Day(3));

        Assert.Equal(SanctionLevel.WarningTalk, first.Level);
        Assert.Equal("2020", first.PolicyLabel);
        Assert.Equal(first.Level, second.Level);
        c.Sanction(Day(3), first);
        Assert.Equal(CaseState.Sanctioned, c.State);
    }

    private static readonly PolicySet<AccountabilityPolicy> TwoVersions = new(
    [
        new PolicyVersion<AccountabilityPolicy>("2025", new LocalDate(2025, 1, 1), AccountabilityPolicy.Default),
        new PolicyVersion<AccountabilityPolicy>("2026-strict", new LocalDate(2026, 6, 1), AccountabilityPolicy.Default with
        {
            CadreLadder = [.. AccountabilityPolicy.Default.CadreLadder.Select(cell => cell with { Level = SanctionLevel.DisciplinarySanction })],
        }),
    ]);

    [Fact]
    public void A_request_is_decided_under_the_version_it_names_or_else_the_one_in_force_on_its_date_and_names_it()
    {
        var escalator = new AccountabilityEscalator(TwoVersions);
        var request = Request() with { DecidedOn = new LocalDate(2026, 7, 1) };

        var named = escalator.Decide(request with { PolicyLabel = "2025" });
        var inForce = escalator.Decide(request);
        var before = escalator.Decide(request with { DecidedOn = new LocalDate(2026, 5, 31) });

        Assert.Equal(("2025", SanctionLevel.CriticismEducation), (named.PolicyLabel, named.Level!.Value));
        Assert.Equal(("2026-strict", SanctionLevel.DisciplinarySanction), (inForce.PolicyLabel, inForce.Level!.Value));
        Assert.Equal(("2025", SanctionLevel.CriticismEducation), (before.PolicyLabel, before.Level!.Value));
    }

    [Fact]
    public void A_request_dated_before_the_first_version_is_refused_with_a_code()
    {
        var escalator = new AccountabilityEscalator(TwoVersions);

        var error = Assert.Throws<InvalidOperationException>(() => escalator.Decide(Request() with { DecidedOn = new LocalDate(2024, 12, 31) }));

        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce, error.Message);
    }

    [Fact]
    public void A_request_dated_before_the_version_it_names_takes_effect_is_refused_with_a_code()
    {
        var escalator = new AccountabilityEscalator(TwoVersions);

        var error = Assert.Throws<InvalidOperationException>(() => escalator.Decide(Request() with { DecidedOn = new LocalDate(2026, 5, 31), PolicyLabel = "2026-strict" }));

        Assert.StartsWith(AccountabilityErrorCodes.PolicyVersionNotInForce, error.Message);
    }

    [Fact]
    public void A_case_is_decided_under_its_own_version_whatever_the_decision_date()
    {
        var escalator = new AccountabilityEscalator(TwoVersions);
        var c = AccountabilityCase.Receive(Complaint(), new LocalDate(2026, 5, 1), TwoVersions);
        c.StartInvestigation(new LocalDate(2026, 5, 2));
        c.Conclude(new LocalDate(2026, 5, 20), Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));

        var decision = escalator.Decide(c, [], new LocalDate(2027, 1, 1));

        Assert.Equal(("2025", SanctionLevel.CriticismEducation), (decision.PolicyLabel, decision.Level!.Value));
    }

    [Fact]
    public void A_case_is_not_opened_under_a_version_before_it_takes_effect()
    {
        var version = TwoVersions.Get("2026-strict");

        var error = Assert.Throws<InvalidOperationException>(() => AccountabilityCase.Receive(Complaint(), new LocalDate(2026, 5, 31), version));

        Assert.StartsWith(AccountabilityErrorCodes.PolicyVersionNotInForce, error.Message);
        Assert.Equal("2026-strict", AccountabilityCase.Receive(Complaint(), new LocalDate(2026, 6, 1), version).PolicyLabel);
    }
}
