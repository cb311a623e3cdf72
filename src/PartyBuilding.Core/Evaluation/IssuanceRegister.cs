using System.Security.Cryptography;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The issuance register of one round, shared by every ballot box of the round (a fixed box and a mobile
/// box, 流动票箱, carried to the elderly and sick): a voter is issued one paper in the whole round,
/// whichever box issues it.
/// </summary>
/// <remarks>
/// <para>
/// The register holds the ids of the voters issued a paper and nothing else (no serial, no box, no
/// order: <see cref="IssuedVoters"/> is sorted); apart from it, the serials of the papers outstanding
/// (with the box that issued them and the group, no voter) and the serials spent. Each box keeps its
/// own cast ballots, so no ballot can be linked to a voter in any box.
/// </para>
/// <para>
/// Boxes are opened with <see cref="BallotBox(IssuanceRegister, string)"/>; the round's tally takes every
/// box of the register (<see cref="IDemocraticEvaluationTally.Tally(IssuanceRegister)"/>) and needs them
/// all closed. Not thread-safe: a host serialises access to the register and its boxes.
/// </para>
/// </remarks>
public sealed class IssuanceRegister
{
    private readonly HashSet<VoterId> issued = [];
    private readonly Dictionary<Guid, (BallotBox Box, int Group)> outstanding = [];
    private readonly HashSet<Guid> spent = [];
    private readonly List<BallotBox> boxes = [];

    /// <summary>Opens the register of <paramref name="round"/>, with no box yet.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public IssuanceRegister(EvaluationRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        Round = round;
    }

    /// <summary>The round, frozen.</summary>
    public EvaluationRound Round { get; }

    /// <summary>The boxes sharing the register, in the order they were opened (a read-only copy).</summary>
    public IReadOnlyList<BallotBox> Boxes => Array.AsReadOnly(boxes.ToArray());

    /// <summary>Papers issued in the round, by every box.</summary>
    public int IssuedCount => issued.Count;

    /// <summary>The voters issued a paper in the round, sorted by id (so neither the order nor the box is exposed); a read-only copy.</summary>
    public IReadOnlyList<VoterId> IssuedVoters => Array.AsReadOnly(issued.Order().ToArray());

    /// <summary>Whether every box of the register is closed (true when there is none).</summary>
    public bool AllClosed => boxes.TrueForAll(b => b.State == BallotBoxState.Closed);

    /// <summary>Whether <paramref name="voter"/> has been issued a paper in the round, by any box.</summary>
    public bool HasBeenIssued(VoterId voter) => !voter.IsDefault && issued.Contains(voter);

    /// <summary>The ballots of every box, box after box; every box must be closed.</summary>
    internal IEnumerable<Ballot> ClosedBallots()
    {
        // Checked before the first ballot is read, so an open box refuses the tally as a whole.
        foreach (var box in boxes)
        {
            _ = box.ClosedBallots;
        }

        return boxes.SelectMany(b => b.ClosedBallots);
    }

    internal void Add(BallotBox box, string name)
    {
        if (boxes.Exists(b => string.Equals(b.Name, name, StringComparison.Ordinal)))
        {
            Failures.ThrowIfAny([Failures.Of(nameof(name), EvaluationErrorCodes.BoxNameDuplicate, name, name, Round.Id)]);
        }

        boxes.Add(box);
    }

    internal Guid Issue(BallotBox box, VoterId voter, out string group)
    {
        if (!Round.TryGetGroupOf(voter, out var rater))
        {
            Failures.ThrowIfAny([Failures.Of(nameof(voter), EvaluationErrorCodes.VoterNotEligible, voter.Value, voter.Value, Round.Id)]);
        }

        if (issued.Contains(voter))
        {
            throw IllegalTransition.Of(EvaluationErrorCodes.BallotAlreadyIssued, voter.Value);
        }

        Guid serial;
        do
        {
            serial = new Guid(RandomNumberGenerator.GetBytes(16));
        }
        while (outstanding.ContainsKey(serial) || spent.Contains(serial));

        issued.Add(voter);
        Round.TryGetGroupIndex(rater!.Name, out var groupIndex);
        outstanding.Add(serial, (box, groupIndex));
        group = rater.Name;
        return serial;
    }

    /// <summary>Spends <paramref name="paper"/> for a cast in <paramref name="box"/>, or refuses it with its code.</summary>
    internal void Spend(BallotBox box, BallotPaper paper)
    {
        if (spent.Contains(paper.Serial))
        {
            throw IllegalTransition.Of(EvaluationErrorCodes.BallotAlreadyCast);
        }

        if (!outstanding.TryGetValue(paper.Serial, out var entry)
            || !ReferenceEquals(entry.Box, box)
            || !string.Equals(Round.Groups[entry.Group].Name, paper.Group, StringComparison.Ordinal))
        {
            throw IllegalTransition.Of(EvaluationErrorCodes.BallotUnknown);
        }

        outstanding.Remove(paper.Serial);
        spent.Add(paper.Serial);
    }

    /// <summary>Returns the round id and the number of boxes.</summary>
    public override string ToString() => $"{Round.Id} ({boxes.Count} boxes)";
}
