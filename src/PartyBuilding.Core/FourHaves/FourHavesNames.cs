namespace PartyBuilding.Core.FourHaves;

/// <summary>The names of haves and grades as reason figures, rendered in the reader's culture; one instance per value.</summary>
internal static class FourHavesNames
{
    private static readonly LocalizedName[] Haves = [.. Enum.GetValues<Have>().Select(h => new LocalizedName("FH.NAME." + h.ToString().ToUpperInvariant()))];
    private static readonly LocalizedName[] Grades = [.. Enum.GetValues<Grade>().Select(g => new LocalizedName("FH.NAME." + g.ToString().ToUpperInvariant()))];

    public static LocalizedName Of(Have have) => Haves[(int)have];

    public static LocalizedName Of(Grade grade) => Grades[(int)grade];
}
