using System.Collections.ObjectModel;
using NodaTime;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// A democratic evaluation round (民主评议): the candidates (cadres), the rater groups with their
/// frozen voter lists and weights, the label of the policy version it is held under, and its open and
/// close dates.
/// </summary>
/// <remarks>
/// Immutable and valid by construction: the constructor copies every list and refuses an inconsistent
/// round (<see cref="Validation.EvaluationRoundValidator"/>), listing every failure. Nothing of a round
/// can change after it is created, so nothing can change once voting opens
/// (<see cref="BallotBox"/>); a host that must correct a round creates a new one before opening it.
/// Candidates and groups are indexed once here, for the tally.
/// </remarks>
public sealed class EvaluationRound
{
    private readonly ReadOnlyCollection<CadreId> candidates;
    private readonly ReadOnlyCollection<RaterGroup> groups;
    private readonly Dictionary<CadreId, int> candidateIndex;
    private readonly Dictionary<string, int> groupIndex;
    private readonly Dictionary<VoterId, int> voterGroup;

    /// <summary>Creates a round.</summary>
    /// <param name="id">The round's id.</param>
    /// <param name="candidates">The cadres evaluated, at least one, no repeats.</param>
    /// <param name="groups">
    /// The rater groups, at least one; names unique; weights positive and summing exactly to 1; no voter in
    /// two groups; a group without a voter list (entered as counts) with at least one eligible voter.
    /// </param>
    /// <param name="opensOn">The first day of voting.</param>
    /// <param name="closesOn">The last day of voting, not before <paramref name="opensOn"/>.</param>
    /// <param name="policyVersion">The label of the <see cref="EvaluationPolicy"/> version the round is held and tallied under.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="groups"/> is null.</exception>
    /// <exception cref="InvalidInputException">The round is inconsistent; every failure is listed with its <c>EVAL.*</c> code.</exception>
    public EvaluationRound(
        RoundId id,
        IEnumerable<CadreId> candidates,
        IEnumerable<RaterGroup> groups,
        LocalDate opensOn,
        LocalDate closesOn,
        string policyVersion = PolicySet.DefaultLabel)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(groups);
        Id = id;
        this.candidates = Array.AsReadOnly(candidates.ToArray());
        this.groups = Array.AsReadOnly(groups.ToArray());
        OpensOn = opensOn;
        ClosesOn = closesOn;
        PolicyVersion = policyVersion;

        new Validation.EvaluationRoundValidator().ThrowIfInvalid(this, "round");

        candidateIndex = new Dictionary<CadreId, int>(this.candidates.Count);
        for (var i = 0; i < this.candidates.Count; i++)
        {
            candidateIndex.Add(this.candidates[i], i);
        }

        groupIndex = new Dictionary<string, int>(this.groups.Count, StringComparer.Ordinal);
        voterGroup = [];
        for (var g = 0; g < this.groups.Count; g++)
        {
            groupIndex.Add(this.groups[g].Name, g);
            foreach (var voter in this.groups[g].Voters)
            {
                voterGroup.Add(voter, g);
            }
        }

        // A sum of group sizes: a group without a voter list counts its given number (the validator bounds the sum).
        var eligible = 0;
        foreach (var group in this.groups)
        {
            eligible += group.EligibleCount;
        }

        EligibleCount = eligible;
    }

    /// <summary>The round's id.</summary>
    public RoundId Id { get; }

    /// <summary>The candidates, in the order given (read-only, whatever it is cast to); results follow this order.</summary>
    public IReadOnlyList<CadreId> Candidates => candidates;

    /// <summary>The rater groups, in the order given (read-only, whatever it is cast to); results follow this order.</summary>
    public IReadOnlyList<RaterGroup> Groups => groups;

    /// <summary>The first day of voting.</summary>
    public LocalDate OpensOn { get; }

    /// <summary>The last day of voting.</summary>
    public LocalDate ClosesOn { get; }

    /// <summary>The label of the policy version the round is held and tallied under.</summary>
    public string PolicyVersion { get; }

    /// <summary>The eligible voters over all groups.</summary>
    public int EligibleCount { get; }

    /// <summary>Whether <paramref name="voter"/> is on a voter list of the round, and which group's.</summary>
    /// <returns><see langword="true"/> when the voter is eligible.</returns>
    public bool TryGetGroupOf(VoterId voter, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RaterGroup? group)
    {
        if (!voter.IsDefault && voterGroup.TryGetValue(voter, out var index))
        {
            group = groups[index];
            return true;
        }

        group = null;
        return false;
    }

    /// <summary>Whether <paramref name="candidate"/> is a candidate of the round.</summary>
    public bool IsCandidate(CadreId candidate) => !candidate.IsDefault && candidateIndex.ContainsKey(candidate);

    internal bool TryGetCandidateIndex(CadreId candidate, out int index)
    {
        if (candidate.IsDefault)
        {
            index = -1;
            return false;
        }

        return candidateIndex.TryGetValue(candidate, out index);
    }

    internal bool TryGetGroupIndex(string? name, out int index)
    {
        if (name is null)
        {
            index = -1;
            return false;
        }

        return groupIndex.TryGetValue(name, out index);
    }

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id.ToString();
}
