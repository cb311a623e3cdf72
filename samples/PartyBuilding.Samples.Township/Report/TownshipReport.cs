using NodaTime;
using PartyBuilding.Core;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The whole report: one section per capability. Serialized as is for <c>--format json</c>.</summary>
internal sealed record TownshipReport
{
    public required string Township { get; init; }

    public required LocalDate AsOf { get; init; }

    public required string Culture { get; init; }

    public required StructureSection Structure { get; init; }
}

/// <summary>Structure advice for every organization, and the organization specifications.</summary>
internal sealed record StructureSection
{
    public required IReadOnlyList<StructureRow> Organizations { get; init; }

    /// <summary>Organizations per advised form; adds up to <see cref="Organizations"/>.</summary>
    public required IReadOnlyDictionary<string, int> ByAdvisedForm { get; init; }

    public required IReadOnlyList<string> NeedingAnotherForm { get; init; }

    public required IReadOnlyList<TermRow> TermEnded { get; init; }
}

internal sealed record StructureRow(
    string Id,
    string Name,
    string Level,
    int FullMembers,
    int ProbationaryMembers,
    string AdvisedForm,
    IReadOnlyList<Reason> Reasons);

internal sealed record TermRow(string Id, string Name, LocalDate TermEndsOn);
