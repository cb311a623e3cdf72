namespace PartyBuilding.Core.Organizations;

/// <summary>The level of a party organization.</summary>
public enum OrganizationLevel
{
    /// <summary>A committee (党委), for example a township or primary committee.</summary>
    Committee,

    /// <summary>A general branch (党总支).</summary>
    GeneralBranch,

    /// <summary>A branch (党支部).</summary>
    Branch,
}
