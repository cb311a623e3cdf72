using NodaTime;

namespace PartyBuilding.Core.Outreach;

/// <summary>A township's outreach in a year, as of a date: every household, and the rates per cadre, per village and overall.</summary>
/// <remarks>Made only by <see cref="OutreachAssessor"/>.</remarks>
public sealed record OutreachReport
{
    internal OutreachReport(int year, LocalDate asOf, string policyLabel, IReadOnlyList<HouseholdAssessment> households,
        IReadOnlyList<CadreOutreach> cadres, IReadOnlyList<VillageOutreach> villages, OutreachShare township)
    {
        Year = year;
        AsOf = asOf;
        PolicyLabel = policyLabel;
        Households = ValueList<HouseholdAssessment>.Copy(households, nameof(households));
        Cadres = ValueList<CadreOutreach>.Copy(cadres, nameof(cadres));
        Villages = ValueList<VillageOutreach>.Copy(villages, nameof(villages));
        Township = township;
    }

    /// <summary>The calendar year assessed.</summary>
    public int Year { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The label of the policy version used.</summary>
    public string PolicyLabel { get; }

    /// <summary>Every household, in the order given.</summary>
    public IReadOnlyList<HouseholdAssessment> Households { get; }

    /// <summary>Every cadre responsible for a household at the period's end, by id (ordinal).</summary>
    public IReadOnlyList<CadreOutreach> Cadres { get; }

    /// <summary>Every village with a household, by id (ordinal).</summary>
    public IReadOnlyList<VillageOutreach> Villages { get; }

    /// <summary>Every household given.</summary>
    public OutreachShare Township { get; }
}
