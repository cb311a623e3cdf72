using NodaTime;
using PartyBuilding.Core.Persistence.Tests.Harness;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Petitions.Specifications;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the petition specifications.</summary>
public sealed class PetitionSpecificationCases : ISpecificationCases
{
    private static readonly string[] Ids =
        [.. Enumerable.Range(0, 30).Select(i => $"pet-{i:00}"), "A", "a", "B", "b", "Z", "é", "信1", "信2", "_", "0"];

    /// <summary>Matter keys differing only by case, accents and script, so that the order by key is put to the test.</summary>
    private static readonly string[] MatterKeys = ["well-east", "Well-east", "land-north", "land-North", "é", "e", "村1", "村2", "Z", "_", "0"];

    private static readonly PetitionState?[] Stages = [null, .. Enum.GetValues<PetitionState>().Cast<PetitionState?>()];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<PetitionsOverdueSpec, PetitionSummary>(
            "deadlines around the date, month ends and leap days, every state, every stage asked",
            from date in BoundaryDates.Cutoff
            from stage in Gen.Elements(Stages)
            from rows in Gen.ListOf(Petition(BoundaryDates.Near(date)))
            select new Scenario<PetitionSummary>(new PetitionsOverdueSpec(date, stage), [.. rows], $"date {date:uuuu-MM-dd}, stage {stage?.ToString() ?? "any"}")),

        SpecificationCase.For<PetitionsEscalatedBeyondSpec, PetitionSummary>(
            "receipts around the window's ends, every tier reached, beyond each tier",
            from window in Window
            from tier in Gen.Elements(Enum.GetValues<PetitionTier>())
            from rows in Gen.ListOf(Petition(BoundaryDates.Near(window.From, window.To)))
            select new Scenario<PetitionSummary>(new PetitionsEscalatedBeyondSpec(tier, window.From, window.To), [.. rows], $"beyond {tier}, {window.Description}")),

        SpecificationCase.For<PetitionReviewsPendingSpec, PetitionSummary>(
            "every state, deadlines often null",
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Petition(BoundaryDates.Near(anchor)))
            select new Scenario<PetitionSummary>(new PetitionReviewsPendingSpec(), [.. rows], "none")),

        SpecificationCase.For<RepeatFilingsSpec, PetitionSummary>(
            "receipts and earlier filings around the window's ends, matter keys in case and accent variants",
            from window in Window
            from rows in Gen.ListOf(Petition(BoundaryDates.Near(window.From, window.To)))
            select new Scenario<PetitionSummary>(new RepeatFilingsSpec(window.From, window.To), [.. rows], window.Description)),

        SpecificationCase.For<PetitionsOverdueSpec, PetitionSummary>(
            "ordering edges: deadlines at the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgePetition(PetitionState.Accepted))
            select new Scenario<PetitionSummary>(new PetitionsOverdueSpec(BoundaryDates.Last), [.. rows], "date 9999-12-31")),

        SpecificationCase.For<PetitionReviewsPendingSpec, PetitionSummary>(
            "ordering edges: deadlines null and at the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgePetition(PetitionState.ReviewRequested))
            select new Scenario<PetitionSummary>(new PetitionReviewsPendingSpec(), [.. rows], "none")),

        SpecificationCase.For<RepeatFilingsSpec, PetitionSummary>(
            "ordering edges: matter keys null and in case and accent variants, the whole storable range as the window",
            from rows in Gen.ListOf(EdgePetition(PetitionState.Closed))
            select new Scenario<PetitionSummary>(new RepeatFilingsSpec(BoundaryDates.First, BoundaryDates.Last), [.. rows], "from 0001-01-01 to 9999-12-31")),

        SpecificationCase.For<PetitionsEscalatedBeyondSpec, PetitionSummary>(
            "ordering edges: receipts at the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgePetition(PetitionState.Answered))
            select new Scenario<PetitionSummary>(new PetitionsEscalatedBeyondSpec(PetitionTier.Village, BoundaryDates.First, BoundaryDates.Last), [.. rows], "beyond Village, the whole range")),
    ];

    /// <summary>A window from two dates (one day long included).</summary>
    private static Gen<(LocalDate From, LocalDate To, string Description)> Window { get; } =
        from start in BoundaryDates.Cutoff
        from days in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 120)))
        let end = start.PlusDays(days)
        select (start, end, $"from {start:uuuu-MM-dd} to {end:uuuu-MM-dd}");

    private static Gen<PetitionSummary> Petition(Gen<LocalDate> dates)
    {
        var optional = Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, dates.Select(d => (LocalDate?)d)));
        var tiers = Enum.GetValues<PetitionTier>();
        return from id in Gen.Elements(Ids)
               from key in Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Gen.Elements(MatterKeys).Select(k => (string?)k)))
               from category in Gen.Elements(Enum.GetValues<MatterCategory>())
               from receivedAt in Gen.Elements(tiers)
               from tier in Gen.Elements(tiers)
               from highest in Gen.Elements(tiers)
               from state in Gen.Elements(Enum.GetValues<PetitionState>())
               from receivedOn in dates
               from dueOn in optional
               from answeredOn in optional
               from inTime in Gen.Elements<bool?>(null, true, false)
               from review in Gen.Elements<PetitionTier?>([null, .. tiers.Cast<PetitionTier?>()])
               from reReview in Gen.Elements<PetitionTier?>([null, .. tiers.Cast<PetitionTier?>()])
               from previous in optional
               select new PetitionSummary
               {
                   Id = new PetitionId(id),
                   MatterKey = key,
                   Category = category,
                   ReceivedAt = receivedAt,
                   Tier = tier,
                   HighestTier = highest,
                   State = state,
                   ReceivedOn = receivedOn,
                   DueOn = dueOn,
                   AnsweredOn = answeredOn,
                   AnsweredWithinLimit = inTime,
                   ReviewTier = review,
                   ReReviewTier = reReview,
                   PreviousFilingOn = previous,
               };
    }

    /// <summary>A petition mostly in <paramref name="state"/> and selected, with ordering edges in every key.</summary>
    private static Gen<PetitionSummary> EdgePetition(PetitionState state) =>
        from id in OrderingEdges.Text
        from key in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, OrderingEdges.Text.Select(k => (string?)k)))
        from inState in OrderingEdges.Mostly
        from escalated in OrderingEdges.Mostly
        from receivedOn in OrderingEdges.Dates
        from dueOn in OrderingEdges.OrNull(OrderingEdges.Dates)
        from previous in OrderingEdges.OrNull(OrderingEdges.Dates)
        select new PetitionSummary
        {
            Id = new PetitionId(id),
            MatterKey = key,
            Category = MatterCategory.Other,
            ReceivedAt = PetitionTier.Village,
            Tier = PetitionTier.Village,
            HighestTier = escalated ? PetitionTier.County : PetitionTier.Village,
            State = inState ? state : PetitionState.Closed,
            ReceivedOn = receivedOn,
            DueOn = dueOn,
            PreviousFilingOn = previous,
        };
}
