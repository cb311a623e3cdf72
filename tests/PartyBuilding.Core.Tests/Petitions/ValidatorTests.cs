using NodaTime;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Petitions.Validation;
using static PartyBuilding.Core.Tests.Petitions.PetitionFixtures;

namespace PartyBuilding.Core.Tests.Petitions;

public sealed class ValidatorTests
{
    private static readonly PetitionPolicyValidator PolicyValidator = new();
    private static readonly PetitionIntakeValidator IntakeValidator = new();

    private static string[] Codes<T>(FluentValidation.IValidator<T> validator, T instance) =>
        [.. validator.Validate(instance).Errors.Select(e => e.ErrorCode)];

    [Fact]
    public void The_default_policy_is_valid_and_has_the_national_figures()
    {
        var p = PetitionPolicy.Default;

        Assert.Empty(Codes(PolicyValidator, p));
        Assert.Equal(
            [15, 15, 60, 30, 30, 30, 30, 30, 5, 5],
            [p.RegisterWithinDays, p.NotifyWithinDays, p.HandleWithinDays, p.MaxExtensionDays, p.ReviewRequestWithinDays, p.ReviewWithinDays,
             p.ReReviewRequestWithinDays, p.ReReviewWithinDays, p.ObjectionWorkingDays, p.MaxRepresentatives]);
    }

    [Fact]
    public void Every_limit_must_be_positive_and_the_working_day_limit_at_most_a_year()
    {
        var policy = PetitionPolicy.Default with
        {
            RegisterWithinDays = 0, NotifyWithinDays = -1, HandleWithinDays = 0, MaxExtensionDays = 0, ReviewRequestWithinDays = 0,
            ReviewWithinDays = 0, ReReviewRequestWithinDays = 0, ReReviewWithinDays = 0, MaxRepresentatives = 0, ObjectionWorkingDays = 367,
        };

        var codes = Codes(PolicyValidator, policy);

        Assert.Equal(9, codes.Count(c => c == PetitionErrorCodes.PolicyNotPositive));
        Assert.Single(codes, PetitionErrorCodes.PolicyTooLarge);
        Assert.Equal([PetitionErrorCodes.PolicyNotPositive], Codes(PolicyValidator, PetitionPolicy.Default with { ObjectionWorkingDays = 0 }));
        Assert.Empty(Codes(PolicyValidator, PetitionPolicy.Default with { ObjectionWorkingDays = PetitionPolicyValidator.MaxObjectionWorkingDays }));
    }

    [Fact]
    public void A_routing_table_must_cover_every_category_and_gravity_once_and_rise_with_gravity()
    {
        var missing = PetitionPolicy.Default with { Routing = [.. PetitionPolicy.Default.Routing.Where(r => !(r.Category == MatterCategory.Environment && r.Gravity == Gravity.Major))] };
        var duplicate = PetitionPolicy.Default with { Routing = [.. PetitionPolicy.Default.Routing, new(MatterCategory.Other, Gravity.Minor, PetitionTier.County)] };
        var conflict = PetitionPolicy.Default with { Routing = [.. PetitionPolicy.Default.Routing, new(MatterCategory.LabourDispute, Gravity.Minor, PetitionTier.County)] };
        var falling = PetitionPolicy.Default with
        {
            Routing = [.. PetitionPolicy.Default.Routing.Select(r => r is { Category: MatterCategory.Other, Gravity: Gravity.Grave } ? r with { Tier = PetitionTier.Village } : r)],
        };
        var above = PetitionPolicy.Default with
        {
            Routing = [.. PetitionPolicy.Default.Routing.Select(r => r is { Category: MatterCategory.Other, Gravity: Gravity.Grave } ? r with { Tier = PetitionTier.AboveCounty } : r)],
        };

        Assert.Equal([PetitionErrorCodes.RouteMissing], Codes(PolicyValidator, missing));
        Assert.Equal([PetitionErrorCodes.RouteDuplicate], Codes(PolicyValidator, duplicate));
        Assert.Equal([PetitionErrorCodes.RouteConflict], Codes(PolicyValidator, conflict));
        Assert.Equal([PetitionErrorCodes.RouteNotMonotone], Codes(PolicyValidator, falling));
        Assert.Equal([PetitionErrorCodes.TierNotRouted, PetitionErrorCodes.RouteMissing], Codes(PolicyValidator, above));
    }

    [Fact]
    public void Tables_with_null_rows_undefined_values_or_a_double_diversion_are_refused()
    {
        var policy = PetitionPolicy.Default with
        {
            Diversions = [.. PetitionPolicy.Default.Diversions, null!, new(MatterCategory.CourtMatter, OtherProcedure.Arbitration), new((MatterCategory)50, OtherProcedure.Litigation)],
            Routing = [.. PetitionPolicy.Default.Routing, null!, new(MatterCategory.Other, (Gravity)9, PetitionTier.Village)],
        };

        Assert.Equal(
            ["COMMON.REQUIRED", PetitionErrorCodes.RouteDuplicate, PetitionErrorCodes.EnumUndefined, "COMMON.REQUIRED", PetitionErrorCodes.EnumUndefined],
            Codes(PolicyValidator, policy));
        Assert.Equal(["COMMON.REQUIRED", "COMMON.REQUIRED"], Codes(PolicyValidator, PetitionPolicy.Default with { Routing = null!, Diversions = null! }));
    }

    [Fact]
    public void A_calendar_day_both_holiday_and_working_is_refused()
    {
        var day = new LocalDate(2026, 10, 1);
        var policy = PetitionPolicy.Default with { WorkingDays = new WorkingDayCalendar { Holidays = [day], ExtraWorkingDays = [day] } };

        Assert.Equal([PetitionErrorCodes.CalendarConflict], Codes(PolicyValidator, policy));
        Assert.Equal(["COMMON.REQUIRED"], Codes(PolicyValidator, PetitionPolicy.Default with { WorkingDays = null! }));
    }

    [Fact]
    public void A_valid_intake_passes_and_a_group_is_checked_against_the_policy()
    {
        Assert.Empty(Codes(IntakeValidator, Intake()));
        Assert.Empty(Codes(IntakeValidator, Intake() with { Petitioners = 5, Representatives = 5 }));
        Assert.Equal([PetitionErrorCodes.TooManyRepresentatives], Codes(IntakeValidator, Intake() with { Petitioners = 60, Representatives = 6 }));
        Assert.Equal([PetitionErrorCodes.GroupSizeInvalid], Codes(IntakeValidator, Intake() with { Petitioners = 2, Representatives = 3 }));
        Assert.Empty(Codes(new PetitionIntakeValidator(PetitionPolicy.Default with { MaxRepresentatives = 10 }), Intake() with { Petitioners = 60, Representatives = 6 }));
    }

    [Fact]
    public void An_earlier_filing_with_dates_out_of_order_or_final_without_an_answer_is_refused()
    {
        var prior = new PriorFiling(PetitionTier.Village, Day(-10));

        Assert.Empty(Codes(IntakeValidator, Intake() with { Prior = prior }));
        Assert.Empty(Codes(IntakeValidator, Intake() with { Prior = prior with { AcceptedOn = Day(0) } }));
        Assert.Equal([PetitionErrorCodes.PriorAfterReceipt], Codes(IntakeValidator, Intake() with { Prior = prior with { AcceptedOn = Day(1) } }));
        Assert.Equal([PetitionErrorCodes.PriorAnswerBeforeAcceptance], Codes(IntakeValidator, Intake() with { Prior = prior with { AnsweredOn = Day(-11) } }));
        Assert.Equal([PetitionErrorCodes.PriorFinalUnanswered], Codes(IntakeValidator, Intake() with { Prior = prior with { Final = true } }));
        Assert.Equal([PetitionErrorCodes.PriorExtensionOutOfRange], Codes(IntakeValidator, Intake() with { Prior = prior with { ExtensionDays = -1 } }));
        Assert.Equal([PetitionErrorCodes.TierNotRouted], Codes(IntakeValidator, Intake() with { Prior = prior with { Tier = PetitionTier.AboveCounty } }));
    }
}
