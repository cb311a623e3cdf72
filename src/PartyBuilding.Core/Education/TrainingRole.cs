namespace PartyBuilding.Core.Education;

/// <summary>Which yearly training requirement applies to a member.</summary>
public enum TrainingRole
{
    /// <summary>A party member.</summary>
    Member,

    /// <summary>A branch secretary or a member of a party committee or branch committee.</summary>
    SecretaryOrCommitteeMember,
}
