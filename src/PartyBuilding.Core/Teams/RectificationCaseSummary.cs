using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>What a host stores about one rectification case so that specifications can query it. Build one with <see cref="Of"/>.</summary>
public sealed record RectificationCaseSummary
{
    /// <summary>The case's id.</summary>
    public required RectificationCaseId Id { get; init; }

    /// <summary>The team's organization.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The current state.</summary>
    public required RectificationState State { get; init; }

    /// <summary>The day of identification.</summary>
    public required LocalDate IdentifiedOn { get; init; }

    /// <summary>The progress check's due day (<see cref="RectificationCase.ProgressCheckDue"/>).</summary>
    public required LocalDate ProgressCheckDue { get; init; }

    /// <summary>The deadline with any extension (<see cref="RectificationCase.Deadline"/>).</summary>
    public required LocalDate Deadline { get; init; }

    /// <summary>The day of acceptance; null before it.</summary>
    public LocalDate? AcceptedOn { get; init; }

    /// <summary>The summary of <paramref name="rectification"/> as it stands.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rectification"/> is null.</exception>
    public static RectificationCaseSummary Of(RectificationCase rectification)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        return new RectificationCaseSummary
        {
            Id = rectification.Id,
            Organization = rectification.Organization,
            State = rectification.State,
            IdentifiedOn = rectification.IdentifiedOn,
            ProgressCheckDue = rectification.ProgressCheckDue,
            Deadline = rectification.Deadline,
            AcceptedOn = rectification.AcceptedOn,
        };
    }
}
