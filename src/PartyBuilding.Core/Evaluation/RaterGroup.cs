using System.Collections.ObjectModel;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// A rater group of a round (party members, villager representatives, township cadres …): its name,
/// its weight in the composite and its frozen voter list.
/// </summary>
/// <remarks>
/// Immutable: the voter list is copied when the group is created. The round that holds the group
/// checks it (<see cref="Validation.EvaluationRoundValidator"/>): a name, a positive weight, at least
/// one voter, no missing or repeated voter id. A group entered only as counts (the tellers' sheet of a
/// paper ballot, <see cref="CountSheet"/>) may be given its eligible number without a voter list, so a
/// round of millions of eligible voters costs no more than one of thirty; no ballot box can issue to
/// such a group, since it lists no voter.
/// </remarks>
public sealed class RaterGroup
{
    private readonly ReadOnlyCollection<VoterId> voters;

    /// <summary>Creates a group.</summary>
    /// <param name="name">The group's name, unique in its round; ballots name their group by it.</param>
    /// <param name="weight">The group's weight in the composite; the weights of a round sum exactly to 1.</param>
    /// <param name="voters">The eligible voters, frozen here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="voters"/> is null.</exception>
    public RaterGroup(string name, Ratio weight, IEnumerable<VoterId> voters)
    {
        ArgumentNullException.ThrowIfNull(voters);
        Name = name;
        Weight = weight;
        this.voters = Array.AsReadOnly(voters.ToArray());
        EligibleCount = this.voters.Count;
        HasVoterList = true;
    }

    /// <summary>Creates a group without a voter list, entered as counts only.</summary>
    /// <param name="name">The group's name, unique in its round; the count sheet names the group by it.</param>
    /// <param name="weight">The group's weight in the composite; the weights of a round sum exactly to 1.</param>
    /// <param name="eligibleCount">The number of eligible voters, at least one (the round checks it).</param>
    public RaterGroup(string name, Ratio weight, int eligibleCount)
    {
        Name = name;
        Weight = weight;
        voters = ReadOnlyCollection<VoterId>.Empty;
        EligibleCount = eligibleCount;
    }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>The group's weight in the composite.</summary>
    public Ratio Weight { get; }

    /// <summary>The eligible voters, in the order given (read-only, whatever it is cast to); empty for a group without a voter list.</summary>
    public IReadOnlyList<VoterId> Voters => voters;

    /// <summary>The number of eligible voters: the voter list's length, or the number given for a group without one.</summary>
    public int EligibleCount { get; }

    /// <summary>Whether the group lists its voters (and so can be issued ballots); false for a group entered as counts only.</summary>
    public bool HasVoterList { get; }

    /// <summary>Returns <c>Name (weight, n voters)</c>.</summary>
    public override string ToString() => $"{Name} ({Weight}, {EligibleCount} voters)";
}
