namespace PartyBuilding.Core.Outreach;

/// <summary>Stable error codes of outreach input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class OutreachErrorCodes
{
    /// <summary>A household id is missing (the default id).</summary>
    public const string HouseholdIdMissing = "OUT.HOUSEHOLD_ID_MISSING";

    /// <summary>A village id is missing (the default id).</summary>
    public const string VillageIdMissing = "OUT.VILLAGE_ID_MISSING";

    /// <summary>A cadre id is missing (the default id).</summary>
    public const string CadreIdMissing = "OUT.CADRE_ID_MISSING";

    /// <summary>A pairing ends before it starts.</summary>
    public const string PairingDatesOutOfOrder = "OUT.PAIRING_DATES_OUT_OF_ORDER";

    /// <summary>A pairing in a household's list names another household.</summary>
    public const string PairingOfAnotherHousehold = "OUT.PAIRING_OF_ANOTHER_HOUSEHOLD";

    /// <summary>Two pairings of one household share a day: a household has one responsible cadre at a time.</summary>
    public const string PairingOverlap = "OUT.PAIRING_OVERLAP";

    /// <summary>An item is not one the enumeration defines.</summary>
    public const string ItemUndefined = "OUT.ITEM_UNDEFINED";

    /// <summary>A record in a household's list names another household.</summary>
    public const string RecordOfAnotherHousehold = "OUT.RECORD_OF_ANOTHER_HOUSEHOLD";

    /// <summary>A record is made by a cadre not paired with the household on its day.</summary>
    public const string RecordOutsidePairing = "OUT.RECORD_OUTSIDE_PAIRING";

    /// <summary>Two records have the same cadre, day and item.</summary>
    public const string RecordDuplicate = "OUT.RECORD_DUPLICATE";

    /// <summary>A record is dated after the as-of date.</summary>
    public const string RecordAfterAsOf = "OUT.RECORD_AFTER_AS_OF";

    /// <summary>The year assessed is after the as-of date's year or outside the calendar the library supports.</summary>
    public const string YearOutOfRange = "OUT.YEAR_OUT_OF_RANGE";

    /// <summary>The same household appears twice in one batch.</summary>
    public const string HouseholdDuplicate = "OUT.HOUSEHOLD_DUPLICATE";

    /// <summary>A policy figure is negative (or, for the households per cadre, not positive).</summary>
    public const string PolicyOutOfRange = "OUT.POLICY_OUT_OF_RANGE";

    /// <summary>A policy figure is larger than the library accepts.</summary>
    public const string PolicyTooLarge = "OUT.POLICY_TOO_LARGE";
}
