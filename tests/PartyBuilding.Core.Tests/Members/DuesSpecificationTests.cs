using NodaTime;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Members.Specifications;

namespace PartyBuilding.Core.Tests.Members;

public sealed class DuesSpecificationTests
{
    private static MemberDuesSummary S(string id, LocalDate admitted, LocalDate? latest) => new() { Id = new MemberId(id), AdmittedOn = admitted, LatestMonthPaid = latest };

    private static readonly MemberDuesSummary[] Rows =
    [
        S("paid-dec", new LocalDate(2020, 1, 1), new LocalDate(2025, 12, 1)), // January to June 2026 unpaid: six
        S("paid-jan", new LocalDate(2020, 1, 1), new LocalDate(2026, 1, 20)), // five
        S("never-jan", new LocalDate(2026, 1, 31), null), // owed from January: six
        S("never-feb", new LocalDate(2026, 2, 1), null), // five
        S("never-old", new LocalDate(2019, 5, 5), null),
    ];

    [Fact]
    public void Members_with_six_or_more_consecutive_unpaid_months_on_the_first_of_july_never_paid_first()
    {
        var found = new MembersInDuesArrearsSpec(new LocalDate(2026, 7, 1), 6).Evaluate(Rows).Select(r => r.Id.Value);

        Assert.Equal(["never-old", "never-jan", "paid-dec"], found);
    }

    [Fact]
    public void The_last_day_of_june_is_still_five_months_for_a_member_owing_from_january()
    {
        var found = new MembersInDuesArrearsSpec(new LocalDate(2026, 6, 30), 6).Evaluate(Rows).Select(r => r.Id.Value);

        Assert.Equal(["never-old"], found);
    }

    [Fact]
    public void Months_out_of_range_are_refused()
    {
        Assert.Equal([MembersErrorCodes.MonthsOutOfRange], Assert.Throws<InvalidInputException>(() => new MembersInDuesArrearsSpec(new LocalDate(2026, 7, 1), 0)).Codes);
        Assert.Equal([MembersErrorCodes.MonthsOutOfRange], Assert.Throws<InvalidInputException>(() => new MembersInDuesArrearsSpec(new LocalDate(2026, 7, 1), DuesPolicy.MaxMonths + 1)).Codes);
    }

    [Fact]
    public void Near_the_start_of_the_calendar_nobody_can_be_in_arrears()
    {
        Assert.Empty(new MembersInDuesArrearsSpec(LocalDate.MinIsoValue, 1).Evaluate([S("x", LocalDate.MinIsoValue, null)]));
        Assert.Single(new MembersInDuesArrearsSpec(LocalDate.MinIsoValue.PlusMonths(1), 1).Evaluate([S("x", LocalDate.MinIsoValue, null)]));
    }
}
