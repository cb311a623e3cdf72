using NodaTime;
using PartyBuilding.Core.Teams;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class MidTermInspectionTests
{
    private static readonly LocalDate Elected = new(2021, 3, 20);

    [Fact]
    public void Due_thirty_months_after_the_election_overdue_the_day_after()
    {
        var inspection = MidTermInspection.Schedule(new OrganizationId("V1"), Elected, FixturePolicies);

        Assert.Equal(new LocalDate(2023, 9, 20), inspection.DueOn);
        Assert.Equal(new LocalDate(2023, 6, 20), inspection.OpensOn);
        Assert.Equal(MidTermInspectionStatus.NotYetDue, inspection.StatusOn(new LocalDate(2023, 6, 19), null));
        Assert.Equal(MidTermInspectionStatus.Due, inspection.StatusOn(new LocalDate(2023, 6, 20), null));
        Assert.Equal(MidTermInspectionStatus.Due, inspection.StatusOn(new LocalDate(2023, 9, 20), null));
        Assert.Equal(MidTermInspectionStatus.Overdue, inspection.StatusOn(new LocalDate(2023, 9, 21), null));
        Assert.Equal(MidTermInspectionStatus.Done, inspection.StatusOn(new LocalDate(2023, 9, 21), new LocalDate(2023, 9, 1)));
        Assert.Equal(MidTermInspectionStatus.Overdue, inspection.StatusOn(new LocalDate(2023, 9, 21), new LocalDate(2023, 10, 1)));
        Assert.Equal(PolicySet.DefaultLabel, inspection.PolicyLabel);
    }

    [Fact]
    public void The_policy_moves_the_due_date_and_the_calendar_end_does_not_overflow()
    {
        var policies = PolicySet.Of(TeamsPolicy.Default with { MidTermInspectionMonths = 18, MidTermWindowMonths = 0 });

        Assert.Equal(new LocalDate(2022, 9, 20), MidTermInspection.Schedule(new OrganizationId("V1"), Elected, policies).DueOn);
        Assert.Equal(LocalDate.MaxIsoValue, MidTermInspection.Schedule(new OrganizationId("V1"), LocalDate.MaxIsoValue.PlusYears(-1), FixturePolicies).DueOn);
        Assert.Equal(TeamsErrorCodes.IdMissing, CodeOf(() => MidTermInspection.Schedule(default, Elected, FixturePolicies)));
    }
}
