namespace PartyBuilding.Core.Teams;

/// <summary>The finding of a village branch's mid-term inspection (村党支部中期检查).</summary>
public enum MidTermFinding
{
    /// <summary>The team works well.</summary>
    Good,

    /// <summary>The team works, with problems to correct.</summary>
    Fair,

    /// <summary>The team works poorly: a criterion of weak and lax.</summary>
    Poor,
}
