namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The tellers' count sheet of a paper ballot (计票单): a round, or some of its groups, entered as counts
/// instead of ballots and without listing voters.
/// </summary>
/// <param name="Groups">The groups entered as counts, each once, copied when the record is made.</param>
/// <remarks>
/// <see cref="IDemocraticEvaluationTally"/> tallies a sheet by the same rules, through the same counting
/// arrays, as ballots: a box of ballots and its sheet (<see cref="IDemocraticEvaluationTally.Count"/>)
/// give equal results. A group is entered all as ballots or all as counts; a group the sheet leaves out
/// and no ballot names cast nothing. A sheet is checked where it is tallied
/// (<see cref="Validation.CountSheetValidator"/>); its cost does not grow with the number of voters.
/// </remarks>
public sealed record CountSheet(IReadOnlyList<GroupCount> Groups)
{
    /// <summary>The groups entered as counts (a read-only copy; null stays null, for the validator to name).</summary>
    public IReadOnlyList<GroupCount> Groups { get; init => field = ValueList<GroupCount>.From(value)!; } = ValueList<GroupCount>.From(Groups)!;

    /// <summary>A sheet entering no group.</summary>
    public static CountSheet Empty { get; } = new([]);
}
