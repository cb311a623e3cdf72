using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// A sanction decided by an <see cref="IAccountabilityEscalator"/>, with the reasons that led to it.
/// </summary>
/// <param name="Subject">The cadre or organization sanctioned.</param>
/// <param name="Level">
/// The level on the cadre ladder when the subject is a cadre and the sanction is not waived; null for an
/// organization (see <paramref name="OrganizationLevel"/>) and for a waived decision.
/// </param>
/// <param name="OrganizationLevel">The level on the organization ladder when the subject is an organization and the sanction is not waived; otherwise null.</param>
/// <param name="Waived">Whether accountability is waived (免予问责: recorded dissent or force majeure, 问责条例 Art. 17); then both levels are null.</param>
/// <param name="RequiresDisclosure">Whether the case must be disclosed publicly before it closes. Never true for a waived decision.</param>
/// <param name="Steps">The net steps applied to the base level (before capping at either end of the ladder).</param>
/// <param name="DecidedOn">The date of the decision.</param>
/// <param name="PolicyLabel">The label of the policy version decided under.</param>
/// <param name="Reasons">The reasons: the outcome first, then the base level, each step, any cap, and the disclosure grounds.</param>
public sealed record SanctionDecision(
    AccountabilitySubject Subject,
    SanctionLevel? Level,
    OrganizationSanctionLevel? OrganizationLevel,
    bool Waived,
    bool RequiresDisclosure,
    int Steps,
    LocalDate DecidedOn,
    string PolicyLabel,
    IReadOnlyList<Reason> Reasons);
