namespace PartyBuilding.Core.Evaluation;

/// <summary>One group on a tellers' count sheet: its eligible number, the ballots cast and invalid, and a line per candidate.</summary>
/// <param name="Group">The name of the round's rater group.</param>
/// <param name="Eligible">The eligible voters, as the round has them.</param>
/// <param name="Cast">Ballots cast.</param>
/// <param name="Invalid">Invalid ballots among them.</param>
/// <param name="Candidates">A line per candidate of the round, each once, copied when the record is made.</param>
/// <remarks>
/// On a sheet, valid = cast − invalid, and per candidate the four ratings plus abstentions = valid; the
/// tally checks it with <see cref="Validation.CountSheetValidator"/>, so a <c>with</c> cannot slip a sheet
/// that does not add up past it.
/// </remarks>
public sealed record GroupCount(string Group, int Eligible, int Cast, int Invalid, IReadOnlyList<CandidateCount> Candidates)
{
    /// <summary>A line per candidate (a read-only copy; null stays null, for the validator to name).</summary>
    public IReadOnlyList<CandidateCount> Candidates { get; init => field = ValueList<CandidateCount>.From(value)!; } = ValueList<CandidateCount>.From(Candidates)!;
}
