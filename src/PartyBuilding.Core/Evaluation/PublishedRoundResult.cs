namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// A round's result as it may be posted, with small groups withheld for anonymity.
/// </summary>
/// <remarks>
/// <para>Let k be <see cref="EvaluationPolicy.AnonymityMinimumBallots"/>. The withheld set W is built as follows:
/// every group with at least one and fewer than k ballots is withheld; then, while W is not empty and
/// the ballots of W together number fewer than k, the published group with the fewest ballots (at
/// least one; first in round order on a tie) is withheld too, until none is left. A group with no
/// ballot has nothing to hide and is published (all zeros). The round totals are published only when
/// the round holds at least k ballots.</para>
/// <para>Guarantee: every published breakdown covers no ballot or at least k ballots; and either W is
/// empty, or the ballots of W together number at least k and come from two or more groups, or the
/// totals are withheld as well. Subtracting the published breakdowns from the totals therefore yields
/// at most the combined figures of W: never the figures of a single group with fewer than k ballots,
/// and never figures of fewer than k ballots. Composite shares are withheld whenever W is not empty.</para>
/// </remarks>
public sealed class PublishedRoundResult
{
    private PublishedRoundResult(RoundId round, int eligible, int cast, bool quorumMet, PublishedGroup[] groups, PublishedCandidateResult[] candidates)
    {
        Round = round;
        Eligible = eligible;
        BallotsCast = cast;
        QuorumMet = quorumMet;
        Groups = Array.AsReadOnly(groups);
        Candidates = Array.AsReadOnly(candidates);
        WithheldGroups = Array.AsReadOnly(groups.Where(g => g.Withheld).Select(g => g.Group).ToArray());
    }

    /// <summary>The round's id.</summary>
    public RoundId Round { get; }

    /// <summary>Eligible voters over all groups.</summary>
    public int Eligible { get; }

    /// <summary>Ballots cast over all groups.</summary>
    public int BallotsCast { get; }

    /// <summary>Ballots cast ÷ eligible voters, exactly.</summary>
    public Ratio Turnout => Ratio.Of(BallotsCast, Eligible);

    /// <summary>Whether the round met its quorum.</summary>
    public bool QuorumMet { get; }

    /// <summary>Every group, with whether its breakdown is withheld (read-only).</summary>
    public IReadOnlyList<PublishedGroup> Groups { get; }

    /// <summary>The names of the withheld groups, in round order (read-only).</summary>
    public IReadOnlyList<string> WithheldGroups { get; }

    /// <summary>Whether the round totals are published (the round holds at least the anonymity minimum of ballots).</summary>
    public bool TotalsPublished => Candidates.Count == 0 || Candidates[0].Totals is not null;

    /// <summary>Every candidate's published result, in the round's candidate order (read-only).</summary>
    public IReadOnlyList<PublishedCandidateResult> Candidates { get; }

    /// <summary>The groups to withhold, by the rule in the remarks.</summary>
    /// <param name="cast">Ballots cast per group (none negative).</param>
    /// <param name="minimum">The anonymity minimum k (at least 1, as the policy validator ensures).</param>
    /// <returns>One flag per group: true when withheld.</returns>
    internal static bool[] Withhold(IReadOnlyList<int> cast, int minimum)
    {
        var withheld = new bool[cast.Count];
        long withheldBallots = 0;
        var count = 0;
        for (var g = 0; g < cast.Count; g++)
        {
            if (cast[g] > 0 && cast[g] < minimum)
            {
                withheld[g] = true;
                withheldBallots += cast[g];
                count++;
            }
        }

        while (count > 0 && withheldBallots < minimum)
        {
            var next = -1;
            for (var g = 0; g < cast.Count; g++)
            {
                if (!withheld[g] && cast[g] > 0 && (next < 0 || cast[g] < cast[next]))
                {
                    next = g;
                }
            }

            if (next < 0)
            {
                break;
            }

            withheld[next] = true;
            withheldBallots += cast[next];
            count++;
        }

        return withheld;
    }

    internal static PublishedRoundResult From(EvaluationRoundResult result)
    {
        var minimum = result.Policy.AnonymityMinimumBallots;
        var cast = result.Groups.Select(g => g.Cast).ToArray();
        var withheld = Withhold(cast, minimum);
        var anyWithheld = withheld.Contains(true);
        var totalsPublished = result.BallotsCast >= minimum;
        var groups = result.Groups.Select((g, i) => new PublishedGroup(g.Group, g.Eligible, g.Cast, withheld[i])).ToArray();
        var candidates = result.Candidates.Select(c => new PublishedCandidateResult(
            c.Candidate,
            c.Outcome,
            totalsPublished ? c.Counts : null,
            c.Groups.Where((_, i) => !withheld[i]).Select(g => new PublishedGroupCounts(g.Group, g.Counts)).ToArray(),
            anyWithheld ? null : c.Recognition,
            anyWithheld ? null : c.IncompetentShare)).ToArray();
        return new PublishedRoundResult(result.Round, result.Eligible, result.BallotsCast, result.QuorumMet, groups, candidates);
    }
}
