namespace PartyBuilding.Core.Members;

/// <summary>The names of member categories as reason figures, rendered in the reader's culture; one instance per value.</summary>
internal static class MembersNames
{
    private static readonly LocalizedName[] Categories =
        [.. Enum.GetValues<MemberCategory>().Select(c => new LocalizedName("MEM.CATEGORY." + c.ToString().ToUpperInvariant()))];

    public static LocalizedName Of(MemberCategory category) => Categories[(int)category];
}
