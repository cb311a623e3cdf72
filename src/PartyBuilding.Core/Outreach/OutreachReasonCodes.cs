namespace PartyBuilding.Core.Outreach;

/// <summary>Stable codes of the reasons behind a household's outreach standing (listed in <c>docs/reasons.md</c>).</summary>
public static class OutreachReasonCodes
{
    /// <summary>Every item and every required visit of the year is recorded.</summary>
    public const string Complete = "OUT.COMPLETE";

    /// <summary>No cadre is responsible for the household at the period's end.</summary>
    public const string NoResponsibleCadre = "OUT.NO_RESPONSIBLE_CADRE";

    /// <summary>An item has no record that counts in the period.</summary>
    public const string ItemMissing = "OUT.ITEM_MISSING";

    /// <summary>An item has a record in the period, but none confirmed by the household.</summary>
    public const string ItemUnconfirmed = "OUT.ITEM_UNCONFIRMED";

    /// <summary>Fewer visits in the year than the policy requires.</summary>
    public const string VisitsShort = "OUT.VISITS_SHORT";

    /// <summary>No visit in the first half of the year.</summary>
    public const string NoVisitFirstHalf = "OUT.NO_VISIT_FIRST_HALF";

    /// <summary>No visit in the second half of the year.</summary>
    public const string NoVisitSecondHalf = "OUT.NO_VISIT_SECOND_HALF";

    /// <summary>The first half-year ended without a visit: overdue.</summary>
    public const string HalfYearEnded = "OUT.HALF_YEAR_ENDED";

    /// <summary>The year ended with an item or visit missing: overdue.</summary>
    public const string YearEnded = "OUT.YEAR_ENDED";
}
