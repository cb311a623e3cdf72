namespace PartyBuilding.Core.Members;

/// <summary>One row of a dues bracket table: incomes up to <paramref name="UpTo"/> pay <paramref name="Rate"/> of the whole income.</summary>
/// <param name="UpTo">The highest monthly income after tax in the bracket, in yuan (inclusive); null for the top bracket.</param>
/// <param name="Rate">The share of the whole income paid, as a fraction (0.005 is 0.5 %).</param>
public sealed record DuesBracket(decimal? UpTo, decimal Rate);
