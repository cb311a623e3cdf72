using NodaTime;
using PartyBuilding.Core.Outreach;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>A household in the "six ones" activity: its village, its pairings with cadres and its outreach records.</summary>
internal sealed record HouseholdRecord
{
    public required string Id { get; init; }

    public required string Village { get; init; }

    public List<PairingRecord> Pairings { get; init; } = [];

    public List<OutreachEntry> Records { get; init; } = [];
}

/// <summary>A cadre responsible for the household from one day to another (inclusive; no end while it lasts).</summary>
internal sealed record PairingRecord
{
    public required string Cadre { get; init; }

    public LocalDate From { get; init; }

    public LocalDate? Until { get; init; }
}

/// <summary>A visit (no item) or one of the six items done, and whether the household signed it.</summary>
internal sealed record OutreachEntry
{
    public required string Cadre { get; init; }

    public LocalDate On { get; init; }

    public OutreachItem? Item { get; init; }

    public bool Confirmed { get; init; }
}
