using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>Finds the village disclosures and audits overdue on a date.</summary>
/// <remarks>Implementations are pure, deterministic and thread-safe.</remarks>
public interface IVillageAffairsMonitor
{
    /// <summary>The disclosures overdue on <paramref name="asOf"/> (as <see cref="Specifications.DisclosuresOverdueSpec"/> finds them).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="disclosures"/> is null.</exception>
    /// <exception cref="InvalidInputException">An item is null (code <c>COMMON.REQUIRED</c>).</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    ScheduleReport OverdueDisclosures(IEnumerable<DisclosureSummary> disclosures, LocalDate asOf);

    /// <summary>The audits overdue on <paramref name="asOf"/> (as <see cref="Specifications.AuditsOverdueSpec"/> finds them).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="audits"/> is null.</exception>
    /// <exception cref="InvalidInputException">An item is null (code <c>COMMON.REQUIRED</c>).</exception>
    /// <exception cref="InvalidOperationException">No policy version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    ScheduleReport OverdueAudits(IEnumerable<AuditSummary> audits, LocalDate asOf);
}
