namespace PartyBuilding.Core.Accountability;

/// <summary>The kind of misconduct a substantiated finding names (seed: accountability for inaction and disorderly action).</summary>
public enum MisconductKind
{
    /// <summary>不作为: inaction, failing to perform duties.</summary>
    Inaction,

    /// <summary>乱作为: disorderly action, acting arbitrarily or beyond authority.</summary>
    DisorderlyAction,

    /// <summary>违规: violation of rules and regulations.</summary>
    RuleViolation,
}
