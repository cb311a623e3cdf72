using NodaTime;
using PartyBuilding.Core.Accountability.Validation;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// Decides sanctions on the cadre ladder (<see cref="SanctionLevel"/>) or the organization ladder
/// (<see cref="OrganizationSanctionLevel"/>) under an <see cref="AccountabilityPolicy"/>, with reasons.
/// </summary>
/// <remarks>
/// <para>
/// Level = base level (policy table, misconduct kind × impact) + steps per prior substantiated case of the
/// same subject found within the look-back window (the <c>LookBackMonths</c> calendar months before the
/// decision date, from that day inclusive to the decision date exclusive) + steps for obstruction + steps
/// for a missed rectification order − steps for prompt remedy, then held within the ladder. Recorded
/// dissent in a collective decision or force majeure after due diligence waives accountability
/// (问责条例 Art. 17): both levels null, <see cref="SanctionDecision.Waived"/> true, no disclosure.
/// </para>
/// <para>
/// Disclosure is required for serious impact and for a level at or above the policy's disclosure level.
/// Escalation is monotone: more priors or a greater impact never lowers the level or drops a disclosure.
/// </para>
/// <para>
/// A request is decided under the version it names, or else the version in force on its decision date; a case under
/// the version it opened under. The decision names that version's label. A decision date before the version takes
/// effect is refused.
/// </para>
/// <para>Pure and thread-safe; every version of the set is validated once, at construction. Reasons are written at
/// decision time in the UI culture, and render in any culture through <see cref="Reason.MessageIn"/>.</para>
/// </remarks>
public sealed class AccountabilityEscalator : IAccountabilityEscalator
{
    private static readonly SanctionRequestValidator RequestChecks = new();

    private readonly PolicySet<AccountabilityPolicy> policies;

    /// <summary>Creates an escalator with one policy (labelled <c>default</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public AccountabilityEscalator(AccountabilityPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates an escalator with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent (failures named <c>policies[label].Property</c>).</exception>
    public AccountabilityEscalator(PolicySet<AccountabilityPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new AccountabilityPolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public SanctionDecision Decide(SanctionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SanctionRequestValidator.Passes(request))
        {
            RequestChecks.ThrowIfInvalid(request, nameof(request));
        }

        PolicyVersion<AccountabilityPolicy>? version;
        if (request.PolicyLabel is null)
        {
            version = policies.InForceOn(request.DecidedOn);
        }
        else if (!policies.TryGet(request.PolicyLabel, out version))
        {
            throw new InvalidInputException([Failures.Of(nameof(SanctionRequest.PolicyLabel), AccountabilityErrorCodes.PolicyLabelUnknown, request.PolicyLabel, request.PolicyLabel)]);
        }
        else if (version.EffectiveFrom > request.DecidedOn)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.PolicyVersionNotInForce, version.Label, version.EffectiveFrom, request.DecidedOn);
        }

        return SanctionRule.Decide(version, request, SanctionRule.PriorsWithin(version.Policy, request.PriorSubstantiatedOn, request.DecidedOn));
    }

    /// <inheritdoc />
    public SanctionDecision Decide(AccountabilityCase accountabilityCase, IReadOnlyList<LocalDate> priorSubstantiatedOn, LocalDate decidedOn)
    {
        ArgumentNullException.ThrowIfNull(accountabilityCase);
        ArgumentNullException.ThrowIfNull(priorSubstantiatedOn);
        var request = accountabilityCase.RequestFor(decidedOn, priorSubstantiatedOn);
        return SanctionRule.Decide(accountabilityCase.Policy, request, SanctionRule.PriorsWithin(accountabilityCase.Policy.Policy, request.PriorSubstantiatedOn, decidedOn));
    }
}
