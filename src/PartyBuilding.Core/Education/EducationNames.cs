namespace PartyBuilding.Core.Education;

/// <summary>The names of activity kinds, periods and roles as reason figures, rendered in the reader's culture; one instance per value.</summary>
internal static class EducationNames
{
    private static readonly LocalizedName[] Kinds = [.. Enum.GetValues<ActivityKind>().Select(k => new LocalizedName("EDU.NAME." + k.ToString().ToUpperInvariant()))];
    private static readonly LocalizedName[] Periods = [.. Enum.GetValues<SchedulePeriod>().Select(p => new LocalizedName("EDU.NAME." + p.ToString().ToUpperInvariant()))];
    private static readonly LocalizedName[] Roles = [.. Enum.GetValues<TrainingRole>().Select(r => new LocalizedName("EDU.NAME." + r.ToString().ToUpperInvariant()))];

    public static LocalizedName Of(ActivityKind kind) => Kinds[(int)kind];

    public static LocalizedName Of(SchedulePeriod period) => Periods[(int)period];

    public static LocalizedName Of(TrainingRole role) => Roles[(int)role];
}
