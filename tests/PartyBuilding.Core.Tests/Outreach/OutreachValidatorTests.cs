using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Outreach.Validation;
using static PartyBuilding.Core.Tests.Outreach.OutreachFixtures;

namespace PartyBuilding.Core.Tests.Outreach;

public sealed class OutreachValidatorTests
{
    private readonly OutreachAssessor assessor = new(OutreachPolicy.Default);

    private static string[] Codes(Action call) => [.. Assert.Throws<InvalidInputException>(call).Errors.Select(e => e.ErrorCode)];

    [Fact]
    public void The_default_policy_is_valid_with_its_documented_figures()
    {
        Assert.True(new OutreachPolicyValidator().Validate(OutreachPolicy.Default).IsValid);
        Assert.Equal((2, 2, true, true), (OutreachPolicy.Default.MinimumHouseholdsPerCadre, OutreachPolicy.Default.MinimumVisitsPerYear,
            OutreachPolicy.Default.VisitInEachHalf, OutreachPolicy.Default.RequireHouseholdConfirmation));
    }

    [Theory]
    [InlineData(0, 2, OutreachErrorCodes.PolicyOutOfRange)]
    [InlineData(100_001, 2, OutreachErrorCodes.PolicyTooLarge)]
    [InlineData(2, -1, OutreachErrorCodes.PolicyOutOfRange)]
    [InlineData(2, 367, OutreachErrorCodes.PolicyTooLarge)]
    public void A_policy_out_of_range_is_refused_with_its_code(int households, int visits, string code)
    {
        var policy = new OutreachPolicy { MinimumHouseholdsPerCadre = households, MinimumVisitsPerYear = visits };

        Assert.Equal([code], new OutreachPolicyValidator().Validate(policy).Errors.Select(e => e.ErrorCode));
        Assert.Equal([code], Codes(() => new OutreachAssessor(policy)));
    }

    [Fact]
    public void The_largest_figures_the_library_accepts_are_valid()
    {
        Assert.True(new OutreachPolicyValidator().Validate(new OutreachPolicy { MinimumHouseholdsPerCadre = 100_000, MinimumVisitsPerYear = 366 }).IsValid);
        Assert.True(new OutreachPolicyValidator().Validate(new OutreachPolicy { MinimumHouseholdsPerCadre = 1, MinimumVisitsPerYear = 0 }).IsValid);
    }

    [Fact]
    public void A_pairing_without_ids_or_ending_before_it_starts_lists_every_failure()
    {
        var pairing = new Pairing(default, default, D(2026, 5, 1), D(2026, 4, 30));

        Assert.Equal([OutreachErrorCodes.HouseholdIdMissing, OutreachErrorCodes.CadreIdMissing, OutreachErrorCodes.PairingDatesOutOfOrder],
            new PairingValidator().Validate(pairing).Errors.Select(e => e.ErrorCode));
        Assert.True(new PairingValidator().Validate(pairing with { Household = Wang, Cadre = Li, Until = D(2026, 5, 1) }).IsValid);
    }

    [Fact]
    public void A_record_without_ids_or_with_an_undefined_item_lists_every_failure()
    {
        var record = new OutreachRecord(default, default, D(2026, 5, 1), (OutreachItem)42, true);

        Assert.Equal([OutreachErrorCodes.HouseholdIdMissing, OutreachErrorCodes.CadreIdMissing, OutreachErrorCodes.ItemUndefined],
            new OutreachRecordValidator().Validate(record).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Pairings_sharing_a_day_are_refused_and_back_to_back_pairings_accepted()
    {
        var backToBack = Household([], new Pairing(Wang, Li, D(2026, 1, 1), D(2026, 5, 31)), new Pairing(Wang, Zhao, D(2026, 6, 1)));
        var sharing = Household([], new Pairing(Wang, Li, D(2026, 1, 1), D(2026, 6, 1)), new Pairing(Wang, Zhao, D(2026, 6, 1)));
        var open = Household([], new Pairing(Wang, Li, D(2026, 1, 1)), new Pairing(Wang, Zhao, D(2027, 6, 1)));

        Assert.True(new HouseholdOutreachValidator().Validate(backToBack).IsValid);
        Assert.Equal([OutreachErrorCodes.PairingOverlap], new HouseholdOutreachValidator().Validate(sharing).Errors.Select(e => e.ErrorCode));
        Assert.Equal([OutreachErrorCodes.PairingOverlap], Codes(() => assessor.Assess(open, D(2026, 7, 1))));
    }

    [Fact]
    public void A_household_s_records_must_be_its_own_made_by_the_cadre_paired_that_day_and_not_repeated()
    {
        var other = new HouseholdId("hh-other");
        var household = new HouseholdOutreach(Wang, default, [new Pairing(other, Li, D(2026, 1, 1)), new Pairing(Wang, Li, D(2026, 1, 1))],
        [
            Visit(D(2026, 2, 1), Zhao),
            Visit(D(2026, 2, 1)) with { Household = other },
            Visit(D(2026, 3, 1)),
            Visit(D(2026, 3, 1)),
        ]);

        var failures = new HouseholdOutreachValidator().Validate(household).Errors;

        Assert.Equal(
            [OutreachErrorCodes.VillageIdMissing, OutreachErrorCodes.PairingOfAnotherHousehold, OutreachErrorCodes.PairingOverlap,
             OutreachErrorCodes.RecordOutsidePairing, OutreachErrorCodes.RecordOfAnotherHousehold, OutreachErrorCodes.RecordDuplicate],
            failures.Select(e => e.ErrorCode));
        Assert.Equal("Records[3]", failures[^1].PropertyName);
    }

    [Fact]
    public void The_assessor_refuses_records_after_the_as_of_date_and_a_year_after_it()
    {
        var household = Household([Visit(D(2026, 5, 2))]);

        Assert.Equal([OutreachErrorCodes.RecordAfterAsOf], Codes(() => assessor.Assess(household, D(2026, 5, 1))));
        Assert.Equal("household.Records[0].On", Assert.Throws<InvalidInputException>(() => assessor.Assess(household, D(2026, 5, 1))).Errors[0].PropertyName);
        Assert.Equal([OutreachErrorCodes.YearOutOfRange], Codes(() => assessor.Assess(household, 2027, D(2026, 5, 2))));
        Assert.Equal(OutreachStanding.InProgress, assessor.Assess(household, D(2026, 5, 2)).Standing);
    }

    [Fact]
    public void A_batch_refuses_a_null_household_and_a_household_twice_and_names_each()
    {
        var household = Household([]);

        var failures = Assert.Throws<InvalidInputException>(() => assessor.AssessAll([household, null!, household], D(2026, 5, 1))).Errors;

        Assert.Equal([CommonErrorCodes.Required, OutreachErrorCodes.HouseholdDuplicate], failures.Select(e => e.ErrorCode));
        Assert.Equal(["households[1]", "households[2].Household"], failures.Select(e => e.PropertyName));
    }

    [Fact]
    public void A_null_list_or_item_in_a_household_is_named_where_it_is_accepted()
    {
        var failures = Assert.Throws<InvalidInputException>(() => assessor.Assess(new HouseholdOutreach(Wang, Village, null!, [null!]), D(2026, 5, 1))).Errors;

        Assert.Equal([CommonErrorCodes.Required, CommonErrorCodes.Required], failures.Select(e => e.ErrorCode));
        Assert.Equal(["household.Pairings", "household.Records[0]"], failures.Select(e => e.PropertyName));
    }

    [Fact]
    public void A_household_keeps_its_own_copy_of_the_lists_given()
    {
        var records = new List<OutreachRecord> { Visit(D(2026, 3, 1)) };
        var household = Household(records);
        records.Add(Visit(D(2026, 4, 1)));

        Assert.Single(household.Records);
        Assert.Equal(household, household with { Records = [Visit(D(2026, 3, 1))] });
    }
}
