namespace PartyBuilding.Core.Affiliation;

/// <summary>The kind of a contact record. Every kind counts as contact with the branch.</summary>
public enum ContactKind
{
    /// <summary>The member reported to the branch (定期汇报).</summary>
    Report,

    /// <summary>The branch or a liaison officer visited or reached the member (联系、走访).</summary>
    Visit,

    /// <summary>The member took part in organizational life (组织生活): a meeting, study day or activity.</summary>
    OrganizationalLife,

    /// <summary>The member paid dues (交纳党费).</summary>
    DuesPaid,

    /// <summary>The member did work the party organization assigned (做党所分配的工作).</summary>
    AssignedWork,
}
