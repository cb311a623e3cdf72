using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>What a host stores about one village branch's mid-term inspection so that specifications can query it. Build one with <see cref="Of"/>.</summary>
public sealed record MidTermInspectionSummary
{
    /// <summary>The village branch.</summary>
    public required OrganizationId Branch { get; init; }

    /// <summary>The day its committee was elected.</summary>
    public required LocalDate ElectedOn { get; init; }

    /// <summary>The first day the inspection is due.</summary>
    public required LocalDate OpensOn { get; init; }

    /// <summary>The last day on time.</summary>
    public required LocalDate DueOn { get; init; }

    /// <summary>The day of the inspection; null before it.</summary>
    public LocalDate? InspectedOn { get; init; }

    /// <summary>The summary of <paramref name="inspection"/>, made on <paramref name="inspectedOn"/> (null when not yet).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    public static MidTermInspectionSummary Of(MidTermInspection inspection, LocalDate? inspectedOn = null)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return new MidTermInspectionSummary
        {
            Branch = inspection.Branch,
            ElectedOn = inspection.ElectedOn,
            OpensOn = inspection.OpensOn,
            DueOn = inspection.DueOn,
            InspectedOn = inspectedOn,
        };
    }
}
