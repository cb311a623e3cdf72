namespace PartyBuilding.Core.Governance;

/// <summary>What a major matter is about; the first three are "three majors" kinds at the township whatever their amount.</summary>
public enum MatterKind
{
    /// <summary>A major decision (重大决策).</summary>
    MajorDecision,

    /// <summary>An important appointment or removal (重要人事任免).</summary>
    ImportantAppointment,

    /// <summary>A major project (重大项目安排).</summary>
    MajorProject,

    /// <summary>An expenditure; a "large sum" (大额资金) at the township from the policy's threshold.</summary>
    Expenditure,

    /// <summary>Anything else.</summary>
    Other,
}
