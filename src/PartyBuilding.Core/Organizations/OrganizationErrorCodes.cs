namespace PartyBuilding.Core.Organizations;

/// <summary>Stable error codes of organization input and policy (listed in <c>docs/reasons.md</c>).</summary>
public static class OrganizationErrorCodes
{
    /// <summary>An organization id is missing (the default id).</summary>
    public const string IdMissing = "ORG.ID_MISSING";

    /// <summary>An organization has an empty name.</summary>
    public const string NameEmpty = "ORG.NAME_EMPTY";

    /// <summary>A level or kind is not one the enumeration defines.</summary>
    public const string EnumUndefined = "ORG.ENUM_UNDEFINED";

    /// <summary>An area code is empty or whitespace (use null for none).</summary>
    public const string AreaCodeEmpty = "ORG.AREA_CODE_EMPTY";

    /// <summary>An organization is its own parent.</summary>
    public const string SelfParent = "ORG.SELF_PARENT";

    /// <summary>Two organizations share an id.</summary>
    public const string DuplicateId = "ORG.DUPLICATE_ID";

    /// <summary>A parent id names no organization in the registry.</summary>
    public const string ParentUnknown = "ORG.PARENT_UNKNOWN";

    /// <summary>A lookup names an organization the registry does not hold.</summary>
    public const string OrganizationUnknown = "ORG.ORGANIZATION_UNKNOWN";

    /// <summary>Parents form a cycle.</summary>
    public const string ParentCycle = "ORG.PARENT_CYCLE";

    /// <summary>A membership names an organization not in the registry.</summary>
    public const string MembershipUnknownOrganization = "ORG.MEMBERSHIP_UNKNOWN_ORGANIZATION";

    /// <summary>A member appears in more than one membership.</summary>
    public const string MemberInTwoOrganizations = "ORG.MEMBER_IN_TWO_ORGANIZATIONS";

    /// <summary>A membership has a missing member id.</summary>
    public const string MemberIdMissing = "ORG.MEMBER_ID_MISSING";

    /// <summary>A member count is negative.</summary>
    public const string CountNegative = "ORG.COUNT_NEGATIVE";

    /// <summary>A policy figure that must be positive is not.</summary>
    public const string PolicyNotPositive = "ORG.POLICY_NOT_POSITIVE";

    /// <summary>Policy thresholds are out of order.</summary>
    public const string PolicyOutOfOrder = "ORG.POLICY_OUT_OF_ORDER";

    /// <summary>An organization other than a migrant branch names further served areas.</summary>
    public const string ServedAreasNotMigrant = "ORG.SERVED_AREAS_NOT_MIGRANT";

    /// <summary>An organization names further served areas but no area of its own.</summary>
    public const string ServedAreasWithoutArea = "ORG.SERVED_AREAS_WITHOUT_AREA";

    /// <summary>An organization names one area twice among the areas it serves.</summary>
    public const string AreaDuplicate = "ORG.AREA_DUPLICATE";
}
