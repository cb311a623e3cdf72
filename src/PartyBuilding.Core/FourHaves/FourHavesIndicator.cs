namespace PartyBuilding.Core.FourHaves;

/// <summary>One line of the four-haves scorecard: a stable key, the have it scores, and its points rule.</summary>
/// <param name="Key">A stable key such as <c>SEAT.DECISIONS</c>, unique in the table; reasons name it.</param>
/// <param name="Have">The have the points count towards.</param>
/// <param name="Rule">How facts become points.</param>
public sealed record FourHavesIndicator(string Key, Have Have, IndicatorRule Rule);
