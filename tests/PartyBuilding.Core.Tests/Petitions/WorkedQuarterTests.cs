using NodaTime;
using PartyBuilding.Core.Petitions;
using static PartyBuilding.Core.Tests.Petitions.PetitionFixtures;

namespace PartyBuilding.Core.Tests.Petitions;

/// <summary>The steps of docs/petitions.md ("A township's quarter"), with the figures the page gives.</summary>
public sealed class WorkedQuarterTests
{
    private static readonly PetitionIntake Drain = new(new PetitionId("MZ-2026-041"), "Li Wei",
        MatterCategory.NeighbourDispute, Gravity.Minor, PetitionTier.Village, new LocalDate(2026, 4, 3)) { MatterKey = "dongcun-drain" };

    [Fact]
    public void Step_1_the_small_matter_stays_in_the_village_and_is_handled_by_5_June()
    {
        var routing = Router.Route(Drain);
        var petition = PetitionCase.Receive(Drain, FixturePolicies);
        petition.Accept(new LocalDate(2026, 4, 6));

        Assert.Equal((RoutingOutcome.Handled, PetitionTier.Village), (routing.Outcome, routing.Tier));
        Assert.Equal([PetitionReasonCodes.HandledAt, PetitionReasonCodes.HandledWhereReceived], Codes(routing));
        Assert.Equal(new LocalDate(2026, 6, 5), petition.HandlingDeadline);
    }

    [Fact]
    public void Step_5_a_second_filing_at_the_county_is_refused_until_5_June_and_routed_on_6_June()
    {
        var again = Drain with
        {
            Id = new PetitionId("MZ-2026-077"), ReceivedAt = PetitionTier.County, ReceivedOn = new LocalDate(2026, 5, 20),
            Prior = new PriorFiling(PetitionTier.Village, new LocalDate(2026, 4, 6)),
        };

        var refused = Router.Route(again);
        var routed = Router.Route(again with { ReceivedOn = new LocalDate(2026, 6, 6) });

        Assert.Equal((RoutingOutcome.Refused, PetitionTier.Village), (refused.Outcome, refused.Tier));
        Assert.Equal([PetitionReasonCodes.PendingElsewhere], Codes(refused));
        Assert.Equal(new LocalDate(2026, 6, 5), refused.Reasons[0].Arguments[1]);
        Assert.Equal(RoutingOutcome.Handled, routed.Outcome);
        Assert.Contains(PetitionReasonCodes.PriorOverdue, Codes(routed));
        Assert.Equal(RoutingOutcome.Refused, Router.Route(again with { ReceivedOn = new LocalDate(2026, 6, 5) }).Outcome);
    }

    [Fact]
    public void Steps_2_to_4_major_grave_and_diverted_matters()
    {
        Assert.Equal(PetitionTier.Township, Router.Route(Drain with { Category = MatterCategory.LandAndHomestead, Gravity = Gravity.Major }).Tier);
        Assert.Equal(PetitionTier.Township, Router.Route(Drain with { Category = MatterCategory.LandAndHomestead, Gravity = Gravity.Major, ReceivedAt = PetitionTier.County }).Tier);
        var grave = Router.Route(Drain with { Category = MatterCategory.Environment, Gravity = Gravity.Grave });
        Assert.Equal((PetitionTier.County, (PetitionTier?)PetitionTier.AboveCounty), (grave.Tier, grave.ReportTo));
        Assert.Equal(OtherProcedure.Arbitration, Router.Route(Drain with { Category = MatterCategory.LabourDispute }).Procedure);
    }
}
