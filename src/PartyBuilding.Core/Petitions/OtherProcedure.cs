namespace PartyBuilding.Core.Petitions;

/// <summary>A procedure other than the petition procedure to which a matter is diverted (信访工作条例 Art. 31).</summary>
public enum OtherProcedure
{
    /// <summary>Litigation in the courts (诉讼).</summary>
    Litigation,

    /// <summary>Arbitration (仲裁).</summary>
    Arbitration,

    /// <summary>A party member's appeal (党员申诉).</summary>
    PartyAppeal,

    /// <summary>Administrative reconsideration or another administrative procedure (行政复议等).</summary>
    AdministrativeProcedure,
}
