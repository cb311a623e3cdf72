namespace PartyBuilding.Core.Outreach;

/// <summary>
/// Figures of the "six ones" (seed: part 3, "hundreds of cadres connect thousands of households"). Every
/// figure is a local practice example a host may override; sources in <c>docs/policies.md</c>.
/// </summary>
public sealed record OutreachPolicy
{
    /// <summary>The largest figure the library accepts for a count of households.</summary>
    public const int MaxHouseholdsPerCadre = 100_000;

    /// <summary>The largest figure the library accepts for visits in a year (one a day).</summary>
    public const int MaxVisitsPerYear = 366;

    /// <summary>The defaults.</summary>
    public static OutreachPolicy Default { get; } = new();

    /// <summary>The fewest households a cadre in the activity is paired with.</summary>
    /// <value>The default value is 2 (local practice example: "hundreds of cadres connect thousands of households").</value>
    public int MinimumHouseholdsPerCadre { get; init; } = 2;

    /// <summary>The fewest visits to each household in a calendar year.</summary>
    /// <value>The default value is 2 (local practice example).</value>
    public int MinimumVisitsPerYear { get; init; } = 2;

    /// <summary>Whether at least one visit is required in each half-year (1 January–30 June, 1 July–31 December).</summary>
    /// <value>The default value is <see langword="true"/> (local practice example).</value>
    public bool VisitInEachHalf { get; init; } = true;

    /// <summary>Whether only records confirmed (signed) by the household count.</summary>
    /// <value>The default value is <see langword="true"/> (local practice example: a record signed by the household is how counties evidence it).</value>
    public bool RequireHouseholdConfirmation { get; init; } = true;
}
