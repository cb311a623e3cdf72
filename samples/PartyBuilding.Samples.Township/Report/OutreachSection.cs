using PartyBuilding.Core;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The six ones: households by standing, the rates per village and per cadre, and the specifications' answers.</summary>
internal sealed record OutreachSection
{
    public required int Households { get; init; }

    public required string PolicyLabel { get; init; }

    /// <summary>Households per standing (Complete, InProgress, Overdue); adds up to <see cref="Households"/>.</summary>
    public required IReadOnlyDictionary<string, int> ByStanding { get; init; }

    /// <summary>Households complete ÷ households, the whole township.</summary>
    public required RateRow Township { get; init; }

    public required IReadOnlyList<OutreachRateRow> Villages { get; init; }

    public required IReadOnlyList<OutreachRateRow> Cadres { get; init; }

    /// <summary>Households missing each item on the report date (from the stored summaries).</summary>
    public required IReadOnlyDictionary<string, int> MissingByItem { get; init; }

    public required IReadOnlyList<string> WithoutResponsibleCadre { get; init; }

    public required IReadOnlyList<string> CadresBelowMinimum { get; init; }

    public required IReadOnlyList<HouseholdRow> Overdue { get; init; }
}

/// <summary>Households and households complete for one village or cadre, the exact rate, and (for a cadre) whether below the minimum.</summary>
internal sealed record OutreachRateRow(string Id, int Households, int Complete, RateRow Rate, bool BelowMinimum);

internal sealed record HouseholdRow(string Household, string Village, string? Cadre, int Visits, IReadOnlyList<string> Missing, IReadOnlyList<Reason> Reasons);
