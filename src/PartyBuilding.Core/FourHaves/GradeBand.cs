namespace PartyBuilding.Core.FourHaves;

/// <summary>The totals that earn <paramref name="Grade"/>: from <paramref name="MinimumTotal"/> to <paramref name="MaximumTotal"/>, both inclusive.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="MinimumTotal">The lowest total in the band (inclusive).</param>
/// <param name="MaximumTotal">The highest total in the band (inclusive).</param>
/// <remarks>The bands of a policy cover 0 to the total maximum with no gap and no overlap, in grade order.</remarks>
public sealed record GradeBand(Grade Grade, int MinimumTotal, int MaximumTotal);
