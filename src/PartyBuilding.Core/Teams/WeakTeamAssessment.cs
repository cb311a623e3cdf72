using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>
/// The identification of one team as weak and lax (软弱涣散) or not, on a date: every criterion met, named in
/// the reasons with its figures and bound, and the policy version that decided it. The library advises; the
/// county decides.
/// </summary>
/// <remarks>Made only by <see cref="WeakTeamAssessor"/>. Immutable; its lists are read-only.</remarks>
public sealed class WeakTeamAssessment
{
    internal WeakTeamAssessment(OrganizationId organization, LocalDate asOf, bool isWeakAndLax, IReadOnlyList<WeakTeamCriterion> criteriaMet, IReadOnlyList<Reason> reasons, string policyLabel)
    {
        Organization = organization;
        AsOf = asOf;
        IsWeakAndLax = isWeakAndLax;
        CriteriaMet = criteriaMet;
        Reasons = reasons;
        PolicyLabel = policyLabel;
    }

    /// <summary>The organization assessed.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether at least the policy's number of criteria is met.</summary>
    public bool IsWeakAndLax { get; }

    /// <summary>The criteria met, in the order of <see cref="WeakTeamCriterion"/>.</summary>
    public IReadOnlyList<WeakTeamCriterion> CriteriaMet { get; }

    /// <summary>The verdict first, then one reason per criterion met with its figures and bound.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The label of the policy version in force on <see cref="AsOf"/>.</summary>
    public string PolicyLabel { get; }
}
