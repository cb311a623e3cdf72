using NodaTime;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Petitions.Specifications;
using static PartyBuilding.Core.Tests.Petitions.PetitionFixtures;

namespace PartyBuilding.Core.Tests.Petitions;

public sealed class SpecificationTests
{
    /// <summary>A quarter's petitions in four states, as summaries.</summary>
    private static PetitionSummary[] Quarter()
    {
        var waiting = Received(id: "p-waiting"); // due day 15
        var handling = Accepted(); // due day 65
        var reviewed = Answered(PetitionTier.Township);
        reviewed.RequestReview(Day(45)); // due day 75 at the county
        var village = PetitionCase.Receive(Intake(id: "p-village") with { MatterKey = "well" }, FixturePolicies);
        village.Accept(Day(1));
        village.Answer(Day(20));
        return
        [
            PetitionSummary.Of(waiting),
            PetitionSummary.Of(handling) with { Id = new PetitionId("p-handling") },
            PetitionSummary.Of(reviewed) with { Id = new PetitionId("p-reviewed"), MatterKey = "well" },
            PetitionSummary.Of(village, previousFilingOn: Day(0)) with { ReceivedOn = Day(30) },
        ];
    }

    private static string[] Ids(Ardalis.Specification.ISpecification<PetitionSummary> spec) =>
        [.. spec.Evaluate(Quarter()).Select(p => p.Id.Value)];

    [Fact]
    public void Overdue_petitions_are_found_the_day_after_each_stage_deadline()
    {
        Assert.Empty(Ids(new PetitionsOverdueSpec(Day(15))));
        Assert.Equal(["p-waiting"], Ids(new PetitionsOverdueSpec(Day(16))));
        Assert.Equal(["p-waiting", "p-handling"], Ids(new PetitionsOverdueSpec(Day(66))));
        Assert.Equal(["p-waiting", "p-handling", "p-reviewed"], Ids(new PetitionsOverdueSpec(Day(76))));
        Assert.Equal(["p-reviewed"], Ids(new PetitionsOverdueSpec(Day(76), PetitionState.ReviewRequested)));
        Assert.Equal(["p-handling"], Ids(new PetitionsOverdueSpec(Day(76), PetitionState.Accepted)));
    }

    [Fact]
    public void Petitions_escalated_beyond_the_village_or_the_township_are_found_in_a_period()
    {
        Assert.Equal(["p-reviewed"], Ids(new PetitionsEscalatedBeyondSpec(PetitionTier.Village, Day(0), Day(0))));
        Assert.Equal(["p-reviewed"], Ids(new PetitionsEscalatedBeyondSpec(PetitionTier.Township, Day(0), Day(90))));
        Assert.Empty(Ids(new PetitionsEscalatedBeyondSpec(PetitionTier.County, Day(0), Day(90))));
        Assert.Empty(Ids(new PetitionsEscalatedBeyondSpec(PetitionTier.Village, Day(1), Day(90))));
        Assert.Equal([PetitionErrorCodes.WindowOutOfOrder], CodesOf(Assert.Throws<InvalidInputException>(() => new PetitionsEscalatedBeyondSpec(PetitionTier.Village, Day(1), Day(0)))));
        Assert.Equal([PetitionErrorCodes.EnumUndefined], CodesOf(Assert.Throws<InvalidInputException>(() => new PetitionsEscalatedBeyondSpec((PetitionTier)8, Day(0), Day(1)))));
    }

    [Fact]
    public void Reviews_pending_are_found()
    {
        Assert.Equal(["p-reviewed"], Ids(new PetitionReviewsPendingSpec()));
    }

    [Fact]
    public void Repeat_filings_of_one_matter_are_found_when_the_earlier_filing_is_in_the_window()
    {
        Assert.Equal(["p-village"], Ids(new RepeatFilingsSpec(Day(0), Day(30))));
        Assert.Empty(Ids(new RepeatFilingsSpec(Day(1), Day(30))));
        Assert.Empty(Ids(new RepeatFilingsSpec(Day(0), Day(29))));
        Assert.Equal([PetitionErrorCodes.WindowOutOfOrder], CodesOf(Assert.Throws<InvalidInputException>(() => new RepeatFilingsSpec(Day(1), Day(0)))));
    }

    [Fact]
    public void Township_figures_are_exact_ratios()
    {
        var onTime = Accepted();
        onTime.Answer(Day(65));
        var late = PetitionCase.Receive(Intake(id: "late"), FixturePolicies);
        late.Accept(Day(5));
        late.Answer(Day(66));
        var up = Answered(PetitionTier.Township);
        var appealed = Answered();
        appealed.RequestReview(Day(45));
        PetitionSummary[] all = [PetitionSummary.Of(onTime), PetitionSummary.Of(late), PetitionSummary.Of(up), PetitionSummary.Of(appealed), PetitionSummary.Of(Received())];

        var figures = PetitionFigures.Of(all, Day(0), Day(0));

        Assert.Equal((5, 4, 2, 4, 3), (figures.Received, figures.ReceivedAtVillage, figures.ResolvedAtVillage, figures.Answered, figures.AnsweredInTime));
        Assert.Equal(Ratio.Of(1, 2), figures.VillageResolutionShare);
        Assert.Equal(Ratio.Of(3, 4), figures.AnsweredInTimeShare);
        Assert.Equal([0, 1, 0, 0], figures.ReviewsByTier);
        Assert.Equal([0, 0, 0, 0], figures.ReReviewsByTier);
        var none = PetitionFigures.Of(all, Day(1), Day(2));
        Assert.Null(none.VillageResolutionShare);
        Assert.Null(none.AnsweredInTimeShare);
    }

    [Fact]
    public void A_null_summary_or_window_out_of_order_is_refused_with_a_code()
    {
        Assert.Equal(["COMMON.REQUIRED"], CodesOf(Assert.Throws<InvalidInputException>(() => PetitionFigures.Of([null!], Day(0), Day(1)))));
        Assert.Equal([PetitionErrorCodes.WindowOutOfOrder], CodesOf(Assert.Throws<InvalidInputException>(() => PetitionFigures.Of([], Day(1), Day(0)))));
    }
}
