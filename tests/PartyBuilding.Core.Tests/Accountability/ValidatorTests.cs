using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Validation;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class ValidatorTests
{
    private static readonly AccountabilityPolicyValidator PolicyValidator = new();

    private static string[] Codes<T>(FluentValidation.IValidator<T> validator, T instance) =>
        [.. validator.Validate(instance).Errors.Select(e => e.ErrorCode)];

    [Fact]
    public void The_default_policy_is_valid()
    {
        Assert.Empty(Codes(PolicyValidator, AccountabilityPolicy.Default));
    }

    [Fact]
    public void A_ladder_table_with_a_missing_cell_is_refused()
    {
        var policy = AccountabilityPolicy.Default with
        {
            CadreLadder = [.. AccountabilityPolicy.Default.CadreLadder.Where(c => !(c.Kind == MisconductKind.RuleViolation && c.Impact == Impact.Significant))],
        };

        var failure = Assert.Single(PolicyValidator.Validate(policy).Errors);

        Assert.Equal(AccountabilityErrorCodes.LadderCellMissing, failure.ErrorCode);
        Assert.Equal(nameof(AccountabilityPolicy.CadreLadder), failure.PropertyName);
    }

    [Fact]
    public void A_ladder_table_with_a_duplicate_cell_is_refused()
    {
        var policy = AccountabilityPolicy.Default with
        {
            OrganizationLadder = [.. AccountabilityPolicy.Default.OrganizationLadder, new OrganizationLadderCell(MisconductKind.Inaction, Impact.Minor, OrganizationSanctionLevel.Reorganization)],
        };

        Assert.Equal([AccountabilityErrorCodes.LadderCellDuplicate], Codes(PolicyValidator, policy));
    }

    [Fact]
    public void A_ladder_table_that_falls_as_impact_rises_is_refused()
    {
        var policy = AccountabilityPolicy.Default with
        {
            CadreLadder = [.. AccountabilityPolicy.Default.CadreLadder.Select(c =>
                c.Kind == MisconductKind.Inaction && c.Impact == Impact.Serious ? c with { Level = SanctionLevel.CriticismEducation } : c)],
        };

        Assert.Equal([AccountabilityErrorCodes.LadderNotMonotone], Codes(PolicyValidator, policy));
    }

    [Fact]
    public void A_ladder_table_that_is_null_or_has_a_null_or_undefined_cell_is_refused()
    {
        var policy = AccountabilityPolicy.Default with
        {
            CadreLadder = null!,
            OrganizationLadder = [.. AccountabilityPolicy.Default.OrganizationLadder.Skip(1), null!, new OrganizationLadderCell(MisconductKind.Inaction, Impact.Minor, (OrganizationSanctionLevel)9)],
        };

        var codes = Codes(PolicyValidator, policy);

        Assert.Contains(AccountabilityErrorCodes.LadderMissing, codes);
        Assert.Contains(AccountabilityErrorCodes.EnumUndefined, codes);
        Assert.Contains(AccountabilityErrorCodes.LadderCellMissing, codes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public void A_look_back_window_that_is_not_positive_is_refused(int months)
    {
        Assert.Equal([AccountabilityErrorCodes.PolicyNotPositive], Codes(PolicyValidator, AccountabilityPolicy.Default with { LookBackMonths = months }));
    }

    [Fact]
    public void Deadlines_that_are_not_positive_and_negative_steps_are_refused_together()
    {
        var policy = AccountabilityPolicy.Default with
        {
            RegisterWithinDays = 0, ConcludeWithinDays = -1, MaxExtensionDays = 0, StepsPerPrior = -1, PromptRemedySteps = -2,
            DiscloseFromLevel = (SanctionLevel)10,
        };

        var codes = Codes(PolicyValidator, policy);

        Assert.Equal(3, codes.Count(c => c == AccountabilityErrorCodes.PolicyNotPositive));
        Assert.Equal(2, codes.Count(c => c == AccountabilityErrorCodes.PolicyStepNegative));
        Assert.Contains(AccountabilityErrorCodes.EnumUndefined, codes);
    }

    [Fact]
    public void A_substantiated_finding_needs_a_kind_and_an_impact()
    {
        var codes = Codes(new FindingValidator(), new Finding { Outcome = FindingOutcome.Substantiated });

        Assert.Equal([AccountabilityErrorCodes.FindingKindMissing, AccountabilityErrorCodes.FindingImpactMissing], codes);
    }

    [Fact]
    public void Valid_findings_pass()
    {
        Assert.Empty(Codes(new FindingValidator(), Finding.Substantiated(MisconductKind.Inaction, Impact.Serious) with { PromptRemedy = true }));
        Assert.Empty(Codes(new FindingValidator(), Finding.Unsubstantiated("No evidence")));
        Assert.Contains(AccountabilityErrorCodes.EnumUndefined, Codes(new FindingValidator(), Finding.Substantiated((MisconductKind)5, Impact.Minor)));
    }

    [Fact]
    public void A_rectification_order_with_missing_ids_a_blank_requirement_and_dates_out_of_order_is_refused()
    {
        var order = new RectificationOrder(default, default, null!, Day(10), Day(9), " ") { MetOn = Day(5) };

        var codes = Codes(new RectificationOrderValidator(), order);

        Assert.Equal(
            [AccountabilityErrorCodes.OrderIdMissing, AccountabilityErrorCodes.CaseIdMissing, AccountabilityErrorCodes.SubjectMissing,
             AccountabilityErrorCodes.OrderRequirementEmpty, AccountabilityErrorCodes.OrderDeadlineBeforeIssue, AccountabilityErrorCodes.OrderMetBeforeIssue],
            codes);
    }

    [Fact]
    public void A_complaint_linked_to_a_default_case_is_refused()
    {
        var complaint = Complaint() with { LinkedCase = default(CaseId), MissedOrder = default(RectificationOrderId) };

        Assert.Equal([AccountabilityErrorCodes.CaseIdMissing, AccountabilityErrorCodes.OrderIdMissing], Codes(new ComplaintValidator(), complaint));
    }

    [Fact]
    public void Validation_messages_are_localized()
    {
        var failure = TestSupport.Culture.Under("zh-CN", () => PolicyValidator.Validate(AccountabilityPolicy.Default with { LookBackMonths = 0 }).Errors.Single());

        Assert.Equal(AccountabilityErrorCodes.PolicyNotPositive, failure.ErrorCode);
        Assert.Contains("正数", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_with_a_blank_policy_label_is_refused()
    {
        var request = new SanctionRequest { Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = new LocalDate(2026, 1, 1), PolicyLabel = " " };

        Assert.Equal([AccountabilityErrorCodes.PolicyLabelUnknown], Codes(new SanctionRequestValidator(), request));
    }
}
