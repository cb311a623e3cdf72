using System.Globalization;
using NodaTime;
using PartyBuilding.Core.Outreach;
using static PartyBuilding.Core.Tests.Outreach.OutreachFixtures;

namespace PartyBuilding.Core.Tests.Outreach;

public sealed class OutreachAssessorTests
{
    private readonly OutreachAssessor assessor = new(OutreachPolicy.Default);

    private static string[] Codes(HouseholdAssessment a) => [.. a.Reasons.Select(r => r.Code)];

    /// <summary>The six ones in spring, a visit in each half.</summary>
    private static HouseholdOutreach Full(int year = 2026) =>
        Household([.. SixOnes(D(year, 3, 10)), Visit(D(year, 3, 10)), Visit(D(year, 9, 20))]);

    [Fact]
    public void A_household_with_the_six_ones_and_a_visit_in_each_half_is_complete()
    {
        var a = assessor.Assess(Full(), D(2026, 10, 1));

        Assert.Equal(OutreachStanding.Complete, a.Standing);
        Assert.Equal(Enum.GetValues<OutreachItem>(), a.Done);
        Assert.Empty(a.Missing);
        Assert.Equal((2, 1, 1), (a.Visits, a.FirstHalfVisits, a.SecondHalfVisits));
        Assert.Equal([OutreachReasonCodes.Complete], Codes(a));
        Assert.Equal(Li, a.Cadre);
        Assert.Equal(2026, a.Year);
        Assert.Equal(PolicySet.DefaultLabel, a.PolicyLabel);
    }

    [Fact]
    public void In_the_first_half_the_second_visit_is_still_to_come()
    {
        var a = assessor.Assess(Household([.. SixOnes(D(2026, 3, 10)), Visit(D(2026, 3, 10))]), D(2026, 5, 1));

        Assert.Equal(OutreachStanding.InProgress, a.Standing);
        Assert.Equal([OutreachReasonCodes.NoVisitSecondHalf, OutreachReasonCodes.VisitsShort], Codes(a));
    }

    [Fact]
    public void The_first_half_ends_on_30_June_on_time_and_is_overdue_from_1_July()
    {
        var household = Household(SixOnes(D(2026, 3, 10)));

        var onTime = assessor.Assess(household, D(2026, 6, 30));
        var late = assessor.Assess(household, D(2026, 7, 1));

        Assert.Equal(OutreachStanding.InProgress, onTime.Standing);
        Assert.DoesNotContain(OutreachReasonCodes.HalfYearEnded, Codes(onTime));
        Assert.Equal(OutreachStanding.Overdue, late.Standing);
        Assert.Equal([OutreachReasonCodes.NoVisitFirstHalf, OutreachReasonCodes.NoVisitSecondHalf, OutreachReasonCodes.VisitsShort, OutreachReasonCodes.HalfYearEnded], Codes(late));
    }

    [Theory]
    [InlineData(6, 30, 1)]
    [InlineData(7, 1, 0)]
    public void A_visit_on_30_June_is_in_the_first_half_and_on_1_July_in_the_second(int month, int day, int firstHalf)
    {
        var a = assessor.Assess(Household([Visit(D(2026, month, day))]), D(2026, 12, 31));

        Assert.Equal((1, firstHalf), (a.Visits, a.FirstHalfVisits));
    }

    [Fact]
    public void The_year_ends_on_31_December_on_time_and_is_overdue_when_assessed_after_it()
    {
        var household = Household([.. SixOnes(D(2026, 3, 10)).Where(r => r.Item != OutreachItem.GoodDeed), Visit(D(2026, 3, 10)), Visit(D(2026, 9, 20))]);

        var onTime = assessor.Assess(household, D(2026, 12, 31));
        var late = assessor.Assess(household, 2026, D(2027, 1, 1));

        Assert.Equal(OutreachStanding.InProgress, onTime.Standing);
        Assert.Equal([OutreachItem.GoodDeed], onTime.Missing);
        Assert.Equal([OutreachReasonCodes.ItemMissing], Codes(onTime));
        Assert.Equal(OutreachStanding.Overdue, late.Standing);
        Assert.Equal([OutreachReasonCodes.ItemMissing, OutreachReasonCodes.YearEnded], Codes(late));
        Assert.Equal(2026, late.Year);
    }

    [Fact]
    public void A_complete_year_stays_complete_when_assessed_after_it_ended()
    {
        var a = assessor.Assess(Full(), 2026, D(2027, 2, 1));

        Assert.Equal(OutreachStanding.Complete, a.Standing);
    }

    [Fact]
    public void Exactly_two_visits_one_in_each_half_meet_the_default()
    {
        var a = assessor.Assess(Household([.. SixOnes(D(2026, 1, 1)), Visit(D(2026, 1, 1)), Visit(D(2026, 12, 31))]), D(2026, 12, 31));

        Assert.Equal(OutreachStanding.Complete, a.Standing);
        Assert.Equal(2, a.Visits);
    }

    [Fact]
    public void Two_visits_in_the_same_half_miss_the_other_half()
    {
        var household = Household([.. SixOnes(D(2026, 3, 1)), Visit(D(2026, 3, 1)), Visit(D(2026, 4, 1))]);

        var a = assessor.Assess(household, 2026, D(2027, 1, 1));

        Assert.Equal(OutreachStanding.Overdue, a.Standing);
        Assert.Equal([OutreachReasonCodes.NoVisitSecondHalf, OutreachReasonCodes.YearEnded], Codes(a));
    }

    [Fact]
    public void One_visit_in_each_half_is_short_of_a_policy_of_three()
    {
        var strict = new OutreachAssessor(new OutreachPolicy { MinimumVisitsPerYear = 3 });

        var a = strict.Assess(Full(), D(2026, 10, 1));

        Assert.Equal(OutreachStanding.InProgress, a.Standing);
        Assert.Equal([OutreachReasonCodes.VisitsShort], Codes(a));
        Assert.Equal(["2", "3", "2026"], a.Reasons[0].Arguments.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_the_each_half_rule_two_spring_visits_are_enough()
    {
        var loose = new OutreachAssessor(new OutreachPolicy { VisitInEachHalf = false });

        var a = loose.Assess(Household([.. SixOnes(D(2026, 3, 1)), Visit(D(2026, 3, 1)), Visit(D(2026, 4, 1))]), D(2026, 4, 2));

        Assert.Equal(OutreachStanding.Complete, a.Standing);
    }

    [Fact]
    public void A_record_not_signed_by_the_household_does_not_count_by_default()
    {
        var records = SixOnes(D(2026, 3, 1)).Select(r => r.Item == OutreachItem.ProblemSolved ? r with { ConfirmedByHousehold = false } : r)
            .Concat([Visit(D(2026, 3, 1)), Visit(D(2026, 8, 1))]);
        var household = Household(records);

        var a = assessor.Assess(household, D(2026, 9, 1));
        var trusting = new OutreachAssessor(new OutreachPolicy { RequireHouseholdConfirmation = false }).Assess(household, D(2026, 9, 1));

        Assert.Equal([OutreachItem.ProblemSolved], a.Missing);
        Assert.Equal([OutreachReasonCodes.ItemUnconfirmed], Codes(a));
        Assert.Equal(OutreachStanding.Complete, trusting.Standing);
    }

    [Fact]
    public void An_unsigned_visit_does_not_count()
    {
        var a = assessor.Assess(Household([.. SixOnes(D(2026, 3, 1)), Visit(D(2026, 3, 1)), Visit(D(2026, 8, 1), confirmed: false)]), D(2026, 9, 1));

        Assert.Equal(1, a.Visits);
        Assert.Equal([OutreachReasonCodes.NoVisitSecondHalf, OutreachReasonCodes.VisitsShort], Codes(a));
    }

    [Fact]
    public void The_archive_and_card_count_once_per_pairing_and_the_other_four_once_a_year()
    {
        var household = Household([.. SixOnes(D(2025, 4, 1)), Visit(D(2026, 2, 1))]);

        var a = assessor.Assess(household, D(2026, 3, 1));

        Assert.Equal([OutreachItem.Archive, OutreachItem.ContactCard], a.Done);
        Assert.Equal([OutreachItem.PolicyPromoted, OutreachItem.ProblemSolved, OutreachItem.WayToProsperity, OutreachItem.GoodDeed], a.Missing);
    }

    [Fact]
    public void A_new_cadre_makes_a_new_archive_and_card_and_keeps_the_year_s_other_items()
    {
        Pairing[] pairings = [new(Wang, Li, D(2025, 3, 1), D(2026, 5, 31)), new(Wang, Zhao, D(2026, 6, 1))];
        var household = Household([.. SixOnes(D(2026, 3, 1)), Visit(D(2026, 3, 1)), Visit(D(2026, 8, 1), Zhao)], pairings);

        var a = assessor.Assess(household, D(2026, 9, 1));
        var report = assessor.AssessAll([household], D(2026, 9, 1));

        Assert.Equal(Zhao, a.Cadre);
        Assert.Equal([OutreachItem.Archive, OutreachItem.ContactCard], a.Missing);
        Assert.Equal(2, a.Visits);
        Assert.Equal([Zhao], report.Cadres.Select(c => c.Cadre));
    }

    [Fact]
    public void A_household_without_a_responsible_cadre_is_named_and_misses_the_pairing_items()
    {
        var household = Household([.. SixOnes(D(2026, 3, 1)), Visit(D(2026, 3, 1))], new Pairing(Wang, Li, D(2026, 1, 1), D(2026, 4, 30)));

        var a = assessor.Assess(household, D(2026, 5, 1));

        Assert.Null(a.Cadre);
        Assert.Equal(OutreachReasonCodes.NoResponsibleCadre, a.Reasons[0].Code);
        Assert.Equal([OutreachItem.Archive, OutreachItem.ContactCard], a.Missing);
    }

    [Fact]
    public void Records_of_another_year_do_not_count_this_year()
    {
        var a = assessor.Assess(Household([Visit(D(2025, 12, 31)), Item(OutreachItem.GoodDeed, D(2025, 12, 31))]), D(2026, 1, 1));

        Assert.Equal(0, a.Visits);
        Assert.Contains(OutreachItem.GoodDeed, a.Missing);
    }

    [Fact]
    public void An_earlier_year_ignores_records_of_later_years()
    {
        var a = assessor.Assess(Household([Visit(D(2026, 2, 1)), Item(OutreachItem.GoodDeed, D(2026, 2, 1))]), 2025, D(2026, 3, 1));

        Assert.Equal(0, a.Visits);
        Assert.Contains(OutreachItem.GoodDeed, a.Missing);
        Assert.Equal(OutreachStanding.Overdue, a.Standing);
    }

    [Fact]
    public void The_version_in_force_at_the_period_s_end_decides_and_is_named()
    {
        var set = new PolicySet<OutreachPolicy>([
            new("2025", D(2025, 1, 1), OutreachPolicy.Default),
            new("2026-strict", D(2026, 7, 1), new OutreachPolicy { MinimumVisitsPerYear = 3 }),
        ]);
        var versioned = new OutreachAssessor(set);

        Assert.Equal("2025", versioned.Assess(Household([Visit(D(2026, 3, 10))]), D(2026, 6, 30)).PolicyLabel);
        Assert.Equal("2026-strict", versioned.Assess(Full(), D(2026, 10, 1)).PolicyLabel);
        Assert.Equal(OutreachStanding.InProgress, versioned.Assess(Full(), D(2026, 10, 1)).Standing);
        Assert.Equal("2025", versioned.Assess(Full(2025), 2025, D(2026, 10, 1)).PolicyLabel);
    }

    [Fact]
    public void Rates_per_cadre_and_per_village_are_exact_shares_of_households_complete()
    {
        var west = new OrganizationId("village-west");
        HouseholdOutreach Other(string id, OrganizationId village, CadreId cadre, bool complete)
        {
            var h = new HouseholdId(id);
            IEnumerable<OutreachRecord> records = complete
                ? [.. Full().Records.Select(r => r with { Household = h, Cadre = cadre })]
                : [new OutreachRecord(h, cadre, D(2026, 3, 1), null, true)];
            return new HouseholdOutreach(h, village, [new Pairing(h, cadre, D(2025, 1, 1))], [.. records]);
        }

        HouseholdOutreach[] households =
        [
            Other("h1", Village, Li, true), Other("h2", Village, Li, true), Other("h3", Village, Li, false),
            Other("h4", west, Zhao, false),
        ];

        var report = assessor.AssessAll(households, D(2026, 10, 1));

        Assert.Equal(4, report.Households.Count);
        var li = report.Cadres.Single(c => c.Cadre == Li);
        var zhao = report.Cadres.Single(c => c.Cadre == Zhao);
        Assert.Equal((3, 2, new Ratio(2, 3), false), (li.Share.Households, li.Share.Complete, li.Share.Rate, li.BelowMinimum));
        Assert.Equal((1, 0, Ratio.Zero, true), (zhao.Share.Households, zhao.Share.Complete, zhao.Share.Rate, zhao.BelowMinimum));
        Assert.Equal([new Ratio(2, 3), Ratio.Zero], report.Villages.Select(v => v.Share.Rate));
        Assert.Equal(new Ratio(1, 2), report.Township.Rate);
        Assert.Equal(PolicySet.DefaultLabel, report.PolicyLabel);
    }

    [Fact]
    public void An_empty_township_has_a_zero_rate()
    {
        var report = assessor.AssessAll([], D(2026, 1, 1));

        Assert.Equal((0, Ratio.Zero), (report.Township.Households, report.Township.Rate));
        Assert.Empty(report.Cadres);
    }

    [Fact]
    public void Reasons_read_in_English_and_Chinese()
    {
        var a = assessor.Assess(Household([Visit(D(2026, 3, 1))]), D(2026, 4, 1));
        var card = a.Reasons.First(r => r.Code == OutreachReasonCodes.ItemMissing && r.MessageIn(CultureInfo.InvariantCulture).StartsWith("Contact card", StringComparison.Ordinal));

        Assert.Contains("连心卡", card.MessageIn(new CultureInfo("zh-CN")), StringComparison.Ordinal);
        Assert.Contains("2026-04-01", card.MessageIn(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}

public sealed class OutreachWorkedQuarterTests
{
    /// <summary>The worked quarter of docs/outreach.md, section 2.</summary>
    [Fact]
    public void The_quarter_in_the_docs_gives_the_figures_the_docs_show()
    {
        var wang = new HouseholdId("mz-dongshan-017");
        var li = new CadreId("cadre-li");
        var zhao = new CadreId("cadre-zhao");
        Pairing[] pairings = [new(wang, li, new LocalDate(2026 - 1, 3, 1), new LocalDate(2026, 5, 31)), new(wang, zhao, new LocalDate(2026, 6, 1))];
        OutreachRecord[] records =
        [
            new(wang, li, new LocalDate(2026, 2, 10), null, true),
            new(wang, li, new LocalDate(2026, 2, 10), OutreachItem.PolicyPromoted, true),
            new(wang, zhao, new LocalDate(2026, 6, 12), OutreachItem.Archive, true),
            new(wang, zhao, new LocalDate(2026, 6, 12), OutreachItem.ContactCard, false),
        ];
        var household = new HouseholdOutreach(wang, new OrganizationId("dongshan"), pairings, records);

        var a = new OutreachAssessor(OutreachPolicy.Default).Assess(household, new LocalDate(2026, 9, 30));

        Assert.Equal(zhao, a.Cadre);
        Assert.Equal([OutreachItem.Archive, OutreachItem.PolicyPromoted], a.Done);
        Assert.Equal([OutreachItem.ContactCard, OutreachItem.ProblemSolved, OutreachItem.WayToProsperity, OutreachItem.GoodDeed], a.Missing);
        Assert.Equal((1, 1, 0), (a.Visits, a.FirstHalfVisits, a.SecondHalfVisits));
        Assert.Equal(OutreachStanding.InProgress, a.Standing);
        Assert.Equal(
            [OutreachReasonCodes.ItemUnconfirmed, OutreachReasonCodes.ItemMissing, OutreachReasonCodes.ItemMissing, OutreachReasonCodes.ItemMissing,
             OutreachReasonCodes.NoVisitSecondHalf, OutreachReasonCodes.VisitsShort],
            a.Reasons.Select(r => r.Code));
        Assert.Equal(OutreachStanding.Overdue, new OutreachAssessor(OutreachPolicy.Default).Assess(household, 2026, new LocalDate(2027, 1, 5)).Standing);
    }
}
