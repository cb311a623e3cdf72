namespace PartyBuilding.Core.FourHaves;

/// <summary>The totals that earn <paramref name="Grade"/>: from <paramref name="MinimumTotal"/> to <paramref name="MaximumTotal"/>, both inclusive.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="MinimumTotal">The lowest total in the band (inclusive).</param>
/// <param name="MaximumTotal">The highest total in the band (inclusive).</param>
/// <remarks>
/// The bands of a policy may be listed in any order; ordered by their totals they cover 0 to the total maximum
/// with no gap and no overlap, each grade has at least one band, and a band never has a lower grade than the band
/// below it. A table with more levels than grades (five star levels, 星级) gives each level a band with its own
/// <see cref="Key"/>: several bands may then share a grade, and every band of a shared grade carries a key.
/// </remarks>
public sealed record GradeBand(Grade Grade, int MinimumTotal, int MaximumTotal)
{
    /// <summary>The band's stable key, for example <c>STAR.5</c>, unique among the policy's bands; null for a band that is its grade alone.</summary>
    /// <value>The default value is null.</value>
    public string? Key { get; init; }

    /// <summary>The band's name in English, for example <c>Five stars</c>; null when the band has none (reasons then show the key).</summary>
    /// <value>The default value is null.</value>
    public string? NameEn { get; init; }

    /// <summary>The band's name in Chinese (zh-CN), for example <c>五星</c>; null when the band has none.</summary>
    /// <value>The default value is null.</value>
    public string? NameZhCn { get; init; }
}
