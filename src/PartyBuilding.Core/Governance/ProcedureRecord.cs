using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>One dated record of a procedure: a meeting with its counts, the prior notice, or a disclosure.</summary>
/// <param name="Kind">What the record is.</param>
/// <param name="On">The day it was held or posted.</param>
/// <remarks>Counts are those of record; for a notice or a disclosure they are left at 0.</remarks>
public sealed record ProcedureRecord(ProcedureRecordKind Kind, LocalDate On)
{
    /// <summary>Those due to attend: members of the body less those excused with approval, or for a villagers' meeting the villagers aged 18 or over.</summary>
    public int Due { get; init; }

    /// <summary>Those present; not above <see cref="Due"/>.</summary>
    public int Present { get; init; }

    /// <summary>Votes for the matter; not above <see cref="Present"/>.</summary>
    public int VotesFor { get; init; }

    /// <summary>A villagers' meeting: the village's households (0 when the meeting counts adults only).</summary>
    public int HouseholdsDue { get; init; }

    /// <summary>A villagers' meeting: households represented; not above <see cref="HouseholdsDue"/>.</summary>
    public int HouseholdsPresent { get; init; }

    /// <summary>A disclosure: the day the notice was taken down, not before <see cref="On"/>; null while it is still posted.</summary>
    public LocalDate? PostedUntil { get; init; }

    /// <summary>A township office meeting held in a village (书记办公会进村); recorded, not required.</summary>
    public bool HeldInVillage { get; init; }
}
