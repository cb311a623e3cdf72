namespace PartyBuilding.Core.Teams;

/// <summary>The states of a <see cref="RectificationCase"/>, in the order a case passes through them.</summary>
public enum RectificationState
{
    /// <summary>The team was identified as weak and lax; its rectification plan awaits approval.</summary>
    Identified,

    /// <summary>The rectification plan (整顿方案) was approved; the progress check is next.</summary>
    PlanApproved,

    /// <summary>The progress check was made; acceptance (or one extension, then acceptance) is next.</summary>
    ProgressChecked,

    /// <summary>The rectification was accepted (验收): nothing more may happen to the case.</summary>
    Accepted,
}
