namespace PartyBuilding.Core.Governance;

/// <summary>The names of steps, levels and matter kinds as reason figures, rendered in the reader's culture.</summary>
internal static class GovernanceNames
{
    private static readonly LocalizedName[] Steps = [.. Enum.GetValues<DeliberationStep>().Select(s => Name(s.ToString()))];
    private static readonly LocalizedName[] Levels = [.. Enum.GetValues<GovernanceLevel>().Select(l => Name(l.ToString()))];
    private static readonly LocalizedName[] Kinds = [.. Enum.GetValues<MatterKind>().Select(k => Name(k.ToString()))];

    public static LocalizedName Committee { get; } = Name("CommitteeMeeting");

    public static LocalizedName Of(DeliberationStep step) => Steps[(int)step];

    public static LocalizedName Of(GovernanceLevel level) => Levels[(int)level];

    public static LocalizedName Of(MatterKind kind) => Kinds[(int)kind];

    private static LocalizedName Name(string value) => new("GOV.NAME." + value.ToUpperInvariant());
}
