namespace PartyBuilding.Samples.County.Attention;

/// <summary>One specification's answer from the database: how many rows, how long the query took, the first ids.</summary>
internal sealed record AttentionList(string Area, string Question, string Specification, int Rows, TimeSpan Took, IReadOnlyList<string> First);
