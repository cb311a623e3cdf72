using NodaTime;
using PartyBuilding.Core.Teams.Validation;

namespace PartyBuilding.Core.Teams;

/// <summary>
/// The mid-term inspection (中期检查) a township owes a village branch halfway through its committee's term: due
/// by the election date plus the policy's months (30 by default), overdue the day after; its window opens the
/// policy's months before. Its findings feed the <see cref="TeamProfile"/>.
/// </summary>
/// <remarks>Immutable. The schedule keeps the policy version in force on the election date.</remarks>
public sealed class MidTermInspection
{
    private static readonly TeamsPolicyValidator PolicyChecks = new();

    private MidTermInspection(OrganizationId branch, LocalDate electedOn, PolicyVersion<TeamsPolicy> version)
    {
        Branch = branch;
        ElectedOn = electedOn;
        DueOn = CalendarEnds.PlusMonths(electedOn, version.Policy.MidTermInspectionMonths);
        OpensOn = CalendarEnds.PlusMonths(electedOn, version.Policy.MidTermInspectionMonths - version.Policy.MidTermWindowMonths);
        PolicyLabel = version.Label;
    }

    /// <summary>The village branch.</summary>
    public OrganizationId Branch { get; }

    /// <summary>The day its committee was elected.</summary>
    public LocalDate ElectedOn { get; }

    /// <summary>The first day the inspection is due (the window opens).</summary>
    public LocalDate OpensOn { get; }

    /// <summary>The last day on time; the day after, the inspection is overdue.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The label of the policy version in force on the election date.</summary>
    public string PolicyLabel { get; }

    /// <summary>The inspection of <paramref name="branch"/> whose committee was elected on <paramref name="electedOn"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">The branch id is missing, or the version is inconsistent.</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="electedOn"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    public static MidTermInspection Schedule(OrganizationId branch, LocalDate electedOn, PolicySet<TeamsPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        if (string.IsNullOrEmpty(branch.Value))
        {
            throw new InvalidInputException([Failures.Of(nameof(branch), TeamsErrorCodes.IdMissing, branch)]);
        }

        var version = policies.InForceOn(electedOn);
        PolicyChecks.ThrowIfInvalid(version.Policy, nameof(policies));
        return new MidTermInspection(branch, electedOn, version);
    }

    /// <summary>Where the inspection stands on <paramref name="date"/>, given the day it was made (null when not yet).</summary>
    public MidTermInspectionStatus StatusOn(LocalDate date, LocalDate? inspectedOn) =>
        inspectedOn is { } done && done <= date ? MidTermInspectionStatus.Done
        : date > DueOn ? MidTermInspectionStatus.Overdue
        : date >= OpensOn ? MidTermInspectionStatus.Due
        : MidTermInspectionStatus.NotYetDue;
}
