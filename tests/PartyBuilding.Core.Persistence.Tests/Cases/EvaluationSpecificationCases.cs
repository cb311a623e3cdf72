using NodaTime;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the evaluation specifications.</summary>
public sealed class EvaluationSpecificationCases : ISpecificationCases
{
    /// <summary>Round ids differing only by case, accents and script, so that ties on the date are broken by an ordinal order.</summary>
    private static readonly string[] RoundIds =
        [.. Enumerable.Range(0, 25).Select(i => $"round-{i:00}"), "A", "a", "B", "b", "Z", "é", "e", "f", "评议1", "评议2", "_", "0", "Round-01"];

    private static readonly string[] CadreIds = ["c-01", "c-02", "C-01", "c-1", "A", "a", "é", "干部1", "_", "0"];

    /// <summary>Rounds a candidate row points at: a few, with case variants, so that a round filter has hits and near misses.</summary>
    private static readonly string[] CandidateRounds = ["round-01", "Round-01", "round-02", "a", "A", "é", "评议1"];

    /// <summary>Row keys (the string key of a candidate row) with case, accent and script variants.</summary>
    private static readonly string[] CandidateKeys =
        [.. Enumerable.Range(0, 25).Select(i => $"round-01/c-{i:00}"), "round-01/C-01", "Round-01/c-01", "A", "a", "B", "b", "Z", "é", "e", "f", "评议1/干部1", "_", "0", ""];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<RoundsBelowQuorumSpec, EvaluationRoundSummary>(
            "turnout exactly at, just below and just above default and random quorums (both kinds), extremes",
            from quorum in Quorum
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Round(quorum, BoundaryDates.Near(anchor)))
            select new Scenario<EvaluationRoundSummary>(
                new RoundsBelowQuorumSpec(EvaluationPolicy.Default with { Quorum = quorum }), [.. rows], $"quorum {quorum}")),

        SpecificationCase.For<CadresForWarningTalkSpec, CandidateEvaluationSummary>(
            "every outcome, all rounds or one (with case variants), closing dates tied around month ends and leap days",
            from round in RoundFilter
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Candidate(BoundaryDates.Near(anchor)))
            select new Scenario<CandidateEvaluationSummary>(new CadresForWarningTalkSpec(round), [.. rows], Describe(round))),

        SpecificationCase.For<CadresToAdjustSpec, CandidateEvaluationSummary>(
            "every outcome, all rounds or one (with case variants), closing dates tied around month ends and leap days",
            from round in RoundFilter
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Candidate(BoundaryDates.Near(anchor)))
            select new Scenario<CandidateEvaluationSummary>(new CadresToAdjustSpec(round), [.. rows], Describe(round))),

        SpecificationCase.For<CadresRatedIncompetentInConsecutiveRoundsSpec, CandidateEvaluationSummary>(
            "every combination of this and the previous round's rating, closing dates tied",
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Candidate(BoundaryDates.Near(anchor)))
            select new Scenario<CandidateEvaluationSummary>(new CadresRatedIncompetentInConsecutiveRoundsSpec(), [.. rows], "none")),

        SpecificationCase.For<RoundsBelowQuorumSpec, EvaluationRoundSummary>(
            "ordering edges: closing on the first and last storable dates (latest first), ids in case and accent variants, counts at the ends of int",
            from quorum in Quorum
            from rows in Gen.ListOf(
                from id in OrderingEdges.Text
                from closes in OrderingEdges.Dates
                from eligible in Gen.Elements(0, 1, int.MaxValue - 1, int.MaxValue)
                from cast in Gen.Elements(0, 1, int.MaxValue - 1, int.MaxValue)
                select new EvaluationRoundSummary
                {
                    Id = new RoundId(id),
                    PolicyVersion = "default",
                    OpensOn = BoundaryDates.First,
                    ClosesOn = closes,
                    Eligible = eligible,
                    BallotsCast = Math.Min(cast, eligible),
                    QuorumMet = false,
                })
            select new Scenario<EvaluationRoundSummary>(
                new RoundsBelowQuorumSpec(EvaluationPolicy.Default with { Quorum = quorum }), [.. rows], $"quorum {quorum}")),

        SpecificationCase.For<CadresToAdjustSpec, CandidateEvaluationSummary>(
            "ordering edges: closing on the first and last storable dates (latest first), row keys in case and accent variants",
            from rows in Gen.ListOf(
                from id in OrderingEdges.Text
                from closes in OrderingEdges.Dates
                from adjust in OrderingEdges.Mostly
                select new CandidateEvaluationSummary
                {
                    Id = id,
                    Round = new RoundId("round-01"),
                    Candidate = new CadreId("c-01"),
                    ClosesOn = closes,
                    Outcome = adjust ? EvaluationOutcome.Adjust : EvaluationOutcome.Retain,
                    QuorumMet = true,
                    Valid = int.MaxValue,
                    Recognized = 0,
                    Incompetent = int.MaxValue,
                    RatedIncompetent = true,
                    RatedIncompetentInPreviousRound = false,
                })
            select new Scenario<CandidateEvaluationSummary>(new CadresToAdjustSpec(), [.. rows], "all rounds")),
    ];

    /// <summary>The default quorum (at least 2/3), the seed's shares 1/3, 1/2, 3/5, 2/3 and 1 of both kinds, and random shares.</summary>
    private static Gen<RatioThreshold> Quorum { get; } = Gen.Frequency(
        (1, Gen.Constant(EvaluationPolicy.Default.Quorum)),
        (3,
            from share in Gen.Elements((1L, 3L), (1L, 2L), (3L, 5L), (2L, 3L), (1L, 1L))
            from inclusive in Gen.Elements(true, false)
            select Threshold(share.Item1, share.Item2, inclusive)),
        (2,
            from denominator in Gen.Choose(1, 100)
            from numerator in Gen.Choose(1, denominator)
            from inclusive in Gen.Elements(true, false)
            select Threshold(numerator, denominator, inclusive)));

    /// <summary>Round ids to filter candidates by: none, or one of the rounds rows point at (or its case variant, or a round no row has).</summary>
    private static Gen<RoundId?> RoundFilter { get; } = Gen.Frequency(
        (1, Gen.Constant<RoundId?>(null)),
        (3, Gen.Elements(CandidateRounds.Append("round-99").ToArray()).Select(r => (RoundId?)new RoundId(r))));

    private static RatioThreshold Threshold(long numerator, long denominator, bool inclusive) =>
        inclusive ? RatioThreshold.AtLeast(numerator, denominator) : RatioThreshold.MoreThan(numerator, denominator);

    private static Gen<EvaluationRoundSummary> Round(RatioThreshold quorum, Gen<LocalDate> closesOn) =>
        from id in Gen.Elements(RoundIds)
        from turnout in Turnout(quorum)
        from opensOn in BoundaryDates.Any
        from closes in closesOn
        from quorumMet in Gen.Elements(true, false)
        from version in Gen.Elements("2024", "2025", "default")
        select new EvaluationRoundSummary
        {
            Id = new RoundId(id),
            PolicyVersion = version,
            OpensOn = opensOn,
            ClosesOn = closes,
            Eligible = turnout.Eligible,
            BallotsCast = turnout.Cast,
            QuorumMet = quorumMet,
        };

    /// <summary>
    /// Eligible voters and ballots cast whose share is exactly the quorum (eligible a multiple of its
    /// denominator), one ballot either side, small counts, no voters, and counts near <see cref="int.MaxValue"/>.
    /// </summary>
    private static Gen<(int Eligible, int Cast)> Turnout(RatioThreshold quorum)
    {
        var numerator = quorum.Value.Numerator;
        var denominator = quorum.Value.Denominator;
        var exact =
            from k in Gen.Frequency((4, Gen.Choose(0, 50)), (1, Gen.Choose(0, (int)(int.MaxValue / denominator))))
            from delta in Gen.Choose(-1, 1)
            let eligible = (int)(k * denominator)
            let cast = (int)Math.Clamp((k * numerator) + delta, 0L, int.MaxValue)
            select (eligible, cast);
        return Gen.Frequency(
            (5, exact),
            (2, from eligible in Gen.Choose(0, 60) from cast in Gen.Choose(0, 60) select (eligible, cast)),
            (1, Gen.Elements((0, 0), (int.MaxValue, int.MaxValue), (int.MaxValue, int.MaxValue - 1), (int.MaxValue, 0), (1, int.MaxValue), (int.MaxValue - 1, int.MaxValue))),
            (1, from eligible in Gen.Choose(0, int.MaxValue) from cast in Gen.Choose(0, int.MaxValue) select (eligible, cast)));
    }

    private static Gen<CandidateEvaluationSummary> Candidate(Gen<LocalDate> closesOn) =>
        from id in Gen.Elements(CandidateKeys)
        from round in Gen.Elements(CandidateRounds)
        from cadre in Gen.Elements(CadreIds)
        from closes in closesOn
        from outcome in Gen.Elements(Enum.GetValues<EvaluationOutcome>())
        from quorumMet in Gen.Elements(true, false)
        from valid in Gen.Frequency((4, Gen.Choose(0, 60)), (1, Gen.Elements(0, int.MaxValue)))
        from recognized in Gen.Choose(0, 60)
        from incompetent in Gen.Choose(0, 60)
        from ratedIncompetent in Gen.Elements(true, false)
        from previous in Gen.Elements(true, false)
        select new CandidateEvaluationSummary
        {
            Id = id,
            Round = new RoundId(round),
            Candidate = new CadreId(cadre),
            ClosesOn = closes,
            Outcome = outcome,
            QuorumMet = quorumMet,
            Valid = valid,
            Recognized = recognized,
            Incompetent = incompetent,
            RatedIncompetent = ratedIncompetent,
            RatedIncompetentInPreviousRound = previous,
        };

    private static string Describe(RoundId? round) => round is { } r ? $"round {r.Value}" : "all rounds";
}
