namespace PartyBuilding.Core.Outreach;

/// <summary>The names of the six items as reason figures, rendered in the reader's culture; one instance per item.</summary>
internal static class OutreachNames
{
    private static readonly LocalizedName[] Items = [.. Enum.GetValues<OutreachItem>().Select(i => new LocalizedName("OUT.NAME." + i.ToString().ToUpperInvariant()))];

    public static LocalizedName Of(OutreachItem item) => Items[(int)item];
}
