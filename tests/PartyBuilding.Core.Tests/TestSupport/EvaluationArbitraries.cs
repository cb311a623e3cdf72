using NodaTime;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Builders and FsCheck generators for democratic evaluation rounds and ballots.</summary>
internal static class EvaluationArbitraries
{
    public static readonly LocalDate Opens = new(2026, 12, 1);
    public static readonly LocalDate Closes = new(2026, 12, 3);

    public static CadreId Cadre(int i) => new($"cadre-{i}");

    public static VoterId Voter(string group, int i) => new($"{group}-{i}");

    public static RaterGroup Group(string name, Ratio weight, int voters) =>
        new(name, weight, Enumerable.Range(0, voters).Select(i => Voter(name, i)));

    /// <summary>A round with <paramref name="candidates"/> candidates and the given groups.</summary>
    public static EvaluationRound Round(int candidates, params RaterGroup[] groups) =>
        new(new RoundId("round-1"), Enumerable.Range(0, candidates).Select(Cadre), groups, Opens, Closes);

    /// <summary>A round with one group "members" of weight 1 and <paramref name="voters"/> voters.</summary>
    public static EvaluationRound SingleGroup(int voters, int candidates = 1) => Round(candidates, Group("members", Ratio.One, voters));

    /// <summary>Ballots of <paramref name="group"/> rating only <paramref name="candidate"/>, by count per rating, then abstaining and invalid ballots.</summary>
    public static List<Ballot> Ballots(string group, CadreId candidate, int excellent, int competent, int basically, int incompetent, int abstaining = 0, int invalid = 0)
    {
        var list = new List<Ballot>();
        void Add(int n, Rating r)
        {
            for (var i = 0; i < n; i++)
            {
                list.Add(new Ballot(group, [new CandidateRating(candidate, r)]));
            }
        }

        Add(excellent, Rating.Excellent);
        Add(competent, Rating.Competent);
        Add(basically, Rating.BasicallyCompetent);
        Add(incompetent, Rating.Incompetent);
        for (var i = 0; i < abstaining; i++)
        {
            list.Add(new Ballot(group, []));
        }

        for (var i = 0; i < invalid; i++)
        {
            list.Add(new Ballot(group, [new CandidateRating(candidate, Rating.Excellent), new CandidateRating(candidate, Rating.Incompetent)]));
        }

        return list;
    }

    /// <summary>A generated round and its ballots.</summary>
    public sealed record Scenario(EvaluationRound Round, Ballot[] Ballots, int[] Slack)
    {
        public override string ToString() =>
            $"groups [{string.Join(", ", Round.Groups)}], candidates {Round.Candidates.Count}, {Ballots.Length} ballots: " +
            string.Join(" | ", Ballots.Select(b => b.Group + ":" + string.Join(",", b.Ratings.Select(r => $"{r.Candidate}={r.Rating}"))));
    }

    private static readonly Ratio[][] WeightSets =
    [
        [Ratio.One],
        [Ratio.Of(1, 2), Ratio.Of(1, 2)],
        [Ratio.Of(3, 5), Ratio.Of(2, 5)],
        [Ratio.Of(1, 2), Ratio.Of(1, 3), Ratio.Of(1, 6)],
        [Ratio.Of(1, 4), Ratio.Of(1, 4), Ratio.Of(1, 4), Ratio.Of(1, 4)],
    ];

    /// <summary>One ballot line: a candidate index (one past the last = a non-candidate) and a rating (undefined ones too, negative included).</summary>
    private static Gen<CandidateRating> Line(int candidates) =>
        from c in Gen.Frequency((12, Gen.Choose(0, candidates - 1)), (1, Gen.Constant(candidates)))
        from r in Gen.Frequency((12, Gen.Choose(0, 3)), (1, Gen.Elements(4, -1, int.MinValue)))
        select new CandidateRating(Cadre(c), (Rating)r);

    private static Gen<Ballot> BallotOf(string groupName, int candidates) =>
        from n in Gen.Choose(0, candidates + 1)
        from lines in Gen.ArrayOf(Line(candidates), n)
        select new Ballot(groupName, lines);

    /// <summary>Rounds of 1–4 groups and 1–4 candidates with ballots; <paramref name="slack"/> keeps that many voters per group who did not vote.</summary>
    public static Gen<Scenario> Scenarios(int slack = 0) =>
        from weights in Gen.Elements(WeightSets)
        from candidates in Gen.Choose(1, 4)
        from sizes in Gen.ArrayOf(Gen.Choose(1 + slack, 12), weights.Length)
        from casts in Gen.CollectToArray(sizes, s => Gen.Choose(0, s - slack))
        from ballots in Gen.CollectToArray(Enumerable.Range(0, weights.Length), g => Gen.ArrayOf(BallotOf("g" + g, candidates), casts.ElementAt(g)))
        let groups = weights.Select((w, g) => Group("g" + g, w, sizes[g])).ToArray()
        select new Scenario(Round(candidates, groups), ballots.SelectMany(b => b).ToArray(), sizes.Select((s, g) => s - casts.ElementAt(g)).ToArray());
}
