using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// A sanction decided by an <see cref="IAccountabilityEscalator"/>, with the reasons that led to it.
/// </summary>
/// <remarks>
/// Only the escalator makes one, and nothing can change it afterwards (no public constructor, no setters), so a
/// decision always says what the rule gave for its facts. <see cref="AccountabilityCase.Sanction"/> still checks it
/// against the case's own finding and policy version, since a decision may be made for other facts. Two decisions
/// are equal when every property is, the reasons compared item by item.
/// </remarks>
public sealed record SanctionDecision
{
    internal SanctionDecision(
        AccountabilitySubject subject,
        SanctionLevel? level,
        OrganizationSanctionLevel? organizationLevel,
        bool waived,
        bool requiresDisclosure,
        int steps,
        int priorCases,
        LocalDate decidedOn,
        string policyLabel,
        List<Reason> reasons)
    {
        Subject = subject;
        Level = level;
        OrganizationLevel = organizationLevel;
        Waived = waived;
        RequiresDisclosure = requiresDisclosure;
        Steps = steps;
        PriorCases = priorCases;
        DecidedOn = decidedOn;
        PolicyLabel = policyLabel;
        Reasons = ValueList<Reason>.Of([.. reasons]);
    }

    /// <summary>The cadre or organization sanctioned.</summary>
    public AccountabilitySubject Subject { get; }

    /// <summary>
    /// The level on the cadre ladder when the subject is a cadre and the sanction is not waived; null for an
    /// organization (see <see cref="OrganizationLevel"/>) and for a waived decision.
    /// </summary>
    public SanctionLevel? Level { get; }

    /// <summary>The level on the organization ladder when the subject is an organization and the sanction is not waived; otherwise null.</summary>
    public OrganizationSanctionLevel? OrganizationLevel { get; }

    /// <summary>Whether accountability is waived (免予问责: recorded dissent or force majeure, 问责条例 Art. 17); then both levels are null.</summary>
    public bool Waived { get; }

    /// <summary>Whether the case must be disclosed publicly before it closes. Never true for a waived decision.</summary>
    public bool RequiresDisclosure { get; }

    /// <summary>The net steps applied to the base level (before holding it within the ladder); 0 for a waived decision.</summary>
    public int Steps { get; }

    /// <summary>The prior substantiated cases of the same subject counted within the look-back window; 0 for a waived decision.</summary>
    public int PriorCases { get; }

    /// <summary>The date of the decision.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>The label of the policy version decided under.</summary>
    public string PolicyLabel { get; }

    /// <summary>The reasons: the outcome first, then the base level, each step, any cap, and the disclosure grounds (read-only).</summary>
    public IReadOnlyList<Reason> Reasons { get; }

}
