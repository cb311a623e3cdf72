namespace PartyBuilding.Core.FourHaves;

/// <summary>One band of a <see cref="ShareRule"/>: <paramref name="Points"/> when the share meets <paramref name="Threshold"/>.</summary>
/// <param name="Threshold">The bound on the share, for example <c>RatioThreshold.AtLeast(1, 2)</c>; at most 1.</param>
/// <param name="Points">The points; more than zero.</param>
public sealed record ShareBand(RatioThreshold Threshold, int Points);
