namespace PartyBuilding.Core.Accountability;

/// <summary>The impact of substantiated misconduct, ascending.</summary>
public enum Impact
{
    /// <summary>Minor (影响较小).</summary>
    Minor,

    /// <summary>Significant (造成较大影响).</summary>
    Significant,

    /// <summary>Serious (造成严重影响): always disclosed publicly when a sanction is imposed.</summary>
    Serious,
}
