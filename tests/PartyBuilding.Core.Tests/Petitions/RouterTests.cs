using PartyBuilding.Core.Petitions;
using static PartyBuilding.Core.Tests.Petitions.PetitionFixtures;

namespace PartyBuilding.Core.Tests.Petitions;

public sealed class RouterTests
{
    [Fact]
    public void A_small_matter_received_in_the_village_does_not_leave_the_village()
    {
        var routing = Router.Route(Intake(MatterCategory.NeighbourDispute, Gravity.Minor, PetitionTier.Village));

        Assert.Equal(RoutingOutcome.Handled, routing.Outcome);
        Assert.Equal(PetitionTier.Village, routing.Tier);
        Assert.Null(routing.ReportTo);
        Assert.Equal([PetitionReasonCodes.HandledAt, PetitionReasonCodes.HandledWhereReceived], Codes(routing));
        Assert.Equal(PolicySet.DefaultLabel, routing.PolicyLabel);
    }

    [Fact]
    public void A_small_matter_brought_to_the_county_is_assigned_down_to_the_village()
    {
        var routing = Router.Route(Intake(MatterCategory.VillageAffairs, Gravity.Minor, PetitionTier.County));

        Assert.Equal(PetitionTier.Village, routing.Tier);
        Assert.Equal([PetitionReasonCodes.HandledAt, PetitionReasonCodes.AssignedDown], Codes(routing));
    }

    [Theory]
    [InlineData(PetitionTier.Village, PetitionReasonCodes.TransferredUp)]
    [InlineData(PetitionTier.Township, PetitionReasonCodes.HandledWhereReceived)]
    [InlineData(PetitionTier.County, PetitionReasonCodes.AssignedDown)]
    public void A_major_matter_does_not_leave_the_township(PetitionTier receivedAt, string movement)
    {
        var routing = Router.Route(Intake(MatterCategory.LandAndHomestead, Gravity.Major, receivedAt));

        Assert.Equal(RoutingOutcome.Handled, routing.Outcome);
        Assert.Equal(PetitionTier.Township, routing.Tier);
        Assert.Equal([PetitionReasonCodes.HandledAt, movement], Codes(routing));
    }

    [Fact]
    public void A_grave_matter_is_handled_at_its_tier_and_reported_to_the_one_above()
    {
        var county = Router.Route(Intake(MatterCategory.Environment, Gravity.Grave, PetitionTier.Township));
        var township = Router.Route(Intake(MatterCategory.NeighbourDispute, Gravity.Grave, PetitionTier.Village));

        Assert.Equal((PetitionTier.County, PetitionTier.AboveCounty), (county.Tier, county.ReportTo!.Value));
        Assert.Equal((PetitionTier.Township, PetitionTier.County), (township.Tier, township.ReportTo!.Value));
        Assert.Equal([PetitionReasonCodes.HandledAt, PetitionReasonCodes.TransferredUp, PetitionReasonCodes.ReportAbove], Codes(township));
    }

    [Theory]
    [InlineData(MatterCategory.LabourDispute, OtherProcedure.Arbitration)]
    [InlineData(MatterCategory.CourtMatter, OtherProcedure.Litigation)]
    [InlineData(MatterCategory.PartyDisciplineAppeal, OtherProcedure.PartyAppeal)]
    [InlineData(MatterCategory.AdministrativeDecision, OtherProcedure.AdministrativeProcedure)]
    public void A_matter_of_another_procedure_is_diverted_from_where_it_was_received(MatterCategory category, OtherProcedure procedure)
    {
        var routing = Router.Route(Intake(category, Gravity.Major, PetitionTier.Township));

        Assert.Equal(RoutingOutcome.Diverted, routing.Outcome);
        Assert.Equal(PetitionTier.Township, routing.Tier);
        Assert.Equal(procedure, routing.Procedure);
        Assert.Equal([PetitionReasonCodes.Diverted], Codes(routing));
    }

    [Fact]
    public void A_second_filing_at_the_county_is_refused_while_the_village_handles_it_within_its_limit()
    {
        // Accepted at the village on day 0: the limit is day 60, on time; the county is asked on that day.
        var intake = Intake(at: PetitionTier.County, on: 60) with { Prior = new PriorFiling(PetitionTier.Village, Day(0)) };

        var routing = Router.Route(intake);

        Assert.Equal(RoutingOutcome.Refused, routing.Outcome);
        Assert.Equal(PetitionTier.Village, routing.Tier);
        Assert.Equal([PetitionReasonCodes.PendingElsewhere], Codes(routing));
        Assert.Equal(Day(60), routing.Reasons[0].Arguments[1]);
    }

    [Fact]
    public void A_second_filing_the_day_after_the_limit_is_routed_and_says_the_earlier_one_is_overdue()
    {
        var intake = Intake(at: PetitionTier.County, on: 61) with { Prior = new PriorFiling(PetitionTier.Village, Day(0)) };

        var routing = Router.Route(intake);

        Assert.Equal(RoutingOutcome.Handled, routing.Outcome);
        Assert.Equal(PetitionTier.Village, routing.Tier);
        Assert.Equal([PetitionReasonCodes.HandledAt, PetitionReasonCodes.AssignedDown, PetitionReasonCodes.PriorOverdue], Codes(routing));
    }

    [Fact]
    public void An_extension_of_the_earlier_filing_keeps_the_second_filing_refused()
    {
        var intake = Intake(at: PetitionTier.County, on: 90) with { Prior = new PriorFiling(PetitionTier.Village, Day(0)) { ExtensionDays = 30 } };

        Assert.Equal(RoutingOutcome.Refused, Router.Route(intake).Outcome);
        Assert.Equal(RoutingOutcome.Handled, Router.Route(intake with { ReceivedOn = Day(91) }).Outcome);
    }

    [Fact]
    public void An_answered_matter_is_refused_as_a_new_filing_and_a_final_one_for_good()
    {
        var answered = Intake(at: PetitionTier.Township, on: 50) with { Prior = new PriorFiling(PetitionTier.Village, Day(0)) { AnsweredOn = Day(40) } };
        var final = answered with { Prior = answered.Prior! with { Final = true } };

        Assert.Equal([PetitionReasonCodes.PriorAnswered], Codes(Router.Route(answered)));
        Assert.Equal([PetitionReasonCodes.PriorFinal], Codes(Router.Route(final)));
        Assert.Equal(RoutingOutcome.Refused, Router.Route(final).Outcome);
    }

    [Fact]
    public void A_group_visit_of_five_representatives_is_routed_and_one_of_six_refused_with_a_code()
    {
        var five = Intake() with { Petitioners = 40, Representatives = 5 };

        Assert.Equal(RoutingOutcome.Handled, Router.Route(five).Outcome);
        var error = Assert.Throws<InvalidInputException>(() => Router.Route(five with { Representatives = 6 }));
        Assert.Equal([PetitionErrorCodes.TooManyRepresentatives], CodesOf(error));
    }

    [Fact]
    public void Every_failure_of_an_intake_is_listed()
    {
        var intake = new PetitionIntake(default, " ", (MatterCategory)99, (Gravity)7, PetitionTier.AboveCounty, Day(0))
        {
            Representatives = 0,
            MatterKey = "",
            Prior = new PriorFiling(PetitionTier.Village, Day(3)) { AnsweredOn = Day(1), ExtensionDays = 31, Final = false },
        };

        var error = Assert.Throws<InvalidInputException>(() => Router.Route(intake));

        Assert.Equal(
            [
                PetitionErrorCodes.IdMissing, PetitionErrorCodes.PetitionerEmpty, PetitionErrorCodes.CategoryUnknown, PetitionErrorCodes.EnumUndefined,
                PetitionErrorCodes.TierNotRouted, PetitionErrorCodes.GroupSizeInvalid, PetitionErrorCodes.MatterKeyEmpty,
                PetitionErrorCodes.PriorAfterReceipt, PetitionErrorCodes.PriorAnswerBeforeAcceptance, PetitionErrorCodes.PriorExtensionOutOfRange,
            ],
            CodesOf(error));
    }

    [Fact]
    public void A_county_sets_its_own_table()
    {
        var rows = PetitionPolicy.Default.Routing.Where(r => r.Category != MatterCategory.SocialAssistance)
            .Concat([new(MatterCategory.SocialAssistance, Gravity.Minor, PetitionTier.Village), new(MatterCategory.SocialAssistance, Gravity.Major, PetitionTier.County), new(MatterCategory.SocialAssistance, Gravity.Grave, PetitionTier.County)]);
        var router = new PetitionRouter(PetitionPolicy.Default with { Routing = [.. rows] });

        Assert.Equal(PetitionTier.Village, router.Route(Intake(MatterCategory.SocialAssistance, Gravity.Minor, PetitionTier.Township)).Tier);
        Assert.Equal(PetitionTier.County, router.Route(Intake(MatterCategory.SocialAssistance, Gravity.Major)).Tier);
        Assert.Equal(PetitionTier.Township, Router.Route(Intake(MatterCategory.SocialAssistance, Gravity.Minor)).Tier);
    }

    [Fact]
    public void A_routing_names_the_version_in_force_on_the_day_of_receipt()
    {
        var later = PetitionPolicy.Default with { MaxRepresentatives = 3 };
        var router = new PetitionRouter(new PolicySet<PetitionPolicy>([new("2022", Day(0), PetitionPolicy.Default), new("2027", Day(100), later)]));
        var group = Intake(on: 100) with { Petitioners = 9, Representatives = 4 };

        Assert.Equal("2022", router.Route(group with { ReceivedOn = Day(99) }).PolicyLabel);
        Assert.Equal([PetitionErrorCodes.TooManyRepresentatives], CodesOf(Assert.Throws<InvalidInputException>(() => router.Route(group))));
        Assert.Equal("COMMON.POLICY_NOT_IN_FORCE", CodeOf(Assert.Throws<InvalidOperationException>(() => router.Route(group with { ReceivedOn = Day(-1) }))));
    }

    [Fact]
    public void An_inconsistent_policy_is_refused_when_the_router_is_built()
    {
        var error = Assert.Throws<InvalidInputException>(() => new PetitionRouter(PetitionPolicy.Default with { HandleWithinDays = 0 }));

        Assert.Equal([PetitionErrorCodes.PolicyNotPositive], CodesOf(error));
        Assert.StartsWith("policies[default].", error.Errors[0].PropertyName, StringComparison.Ordinal);
    }

    [Fact]
    public void Reasons_render_in_english_and_chinese()
    {
        var reason = Router.Route(Intake(MatterCategory.LandAndHomestead, Gravity.Major)).Reasons[1];

        Assert.Equal("Received at the village tier and transferred up to the township tier.", reason.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Equal("村级登记后转送镇级办理。", reason.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    }
}
