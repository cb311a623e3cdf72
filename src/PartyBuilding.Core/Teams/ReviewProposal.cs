using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>
/// The organizations a ranking proposes for review: the lowest share (rounded up to a whole organization), and any
/// tying with the last of them. Proposed is not identified: each still goes through identification.
/// </summary>
/// <remarks>Made only by <see cref="WeakTeamAssessor"/>. Immutable; its lists are read-only.</remarks>
public sealed class ReviewProposal
{
    internal ReviewProposal(LocalDate asOf, int ranked, int quota, IReadOnlyList<OrganizationId> ranking, IReadOnlyList<OrganizationId> proposed, IReadOnlyList<Reason> reasons, string policyLabel)
    {
        AsOf = asOf;
        Ranked = ranked;
        Quota = quota;
        Ranking = ranking;
        Proposed = proposed;
        Reasons = reasons;
        PolicyLabel = policyLabel;
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The organizations ranked.</summary>
    public int Ranked { get; }

    /// <summary>The policy's share of <see cref="Ranked"/>, rounded up.</summary>
    public int Quota { get; }

    /// <summary>Every organization ranked, lowest score first (ties by id, ordinally), whatever the input order.</summary>
    public IReadOnlyList<OrganizationId> Ranking { get; }

    /// <summary>The organizations proposed for review, lowest score first: the quota and any tying with its last.</summary>
    public IReadOnlyList<OrganizationId> Proposed { get; }

    /// <summary>Why: the share and its rounding, and any ties included.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The label of the policy version in force on <see cref="AsOf"/>.</summary>
    public string PolicyLabel { get; }
}
