using System.Runtime.CompilerServices;
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
/// <para>Pure and thread-safe; the policies are validated once, at construction.</para>
/// </remarks>
public sealed class AccountabilityEscalator : IAccountabilityEscalator
{
    private static readonly SanctionRequestValidator RequestChecks = new();

    private readonly CompiledPolicy[] compiled;

    // Versions a case opened under that this escalator's set does not hold (the host's set changed since).
    private readonly ConditionalWeakTable<PolicyVersion<AccountabilityPolicy>, CompiledPolicy> others = [];

    /// <summary>Creates an escalator with one policy (labelled <c>default</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public AccountabilityEscalator(AccountabilityPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates an escalator with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent.</exception>
    public AccountabilityEscalator(PolicySet<AccountabilityPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        compiled = [.. policies.Versions.Select(v => new CompiledPolicy(v))];
    }

    /// <inheritdoc />
    public SanctionDecision Decide(SanctionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SanctionRequestValidator.IsPlainlyValid(request))
        {
            RequestChecks.ThrowIfInvalid(request, nameof(request));
        }

        var policy = Resolve(request.PolicyLabel, request.DecidedOn);
        return policy.Decide(
            request.Subject,
            request.Kind,
            request.Impact,
            request.DecidedOn,
            request.PriorSubstantiatedOn,
            request.ObstructedInvestigation,
            request.MissedRectificationOrder,
            request.PromptRemedy,
            request.DissentRecorded,
            request.ForceMajeure);
    }

    /// <inheritdoc />
    public SanctionDecision Decide(AccountabilityCase accountabilityCase, IReadOnlyList<LocalDate> priorSubstantiatedOn, LocalDate decidedOn)
    {
        ArgumentNullException.ThrowIfNull(accountabilityCase);
        ArgumentNullException.ThrowIfNull(priorSubstantiatedOn);
        if (accountabilityCase.State != CaseState.Concluded || accountabilityCase.Finding is not { Outcome: FindingOutcome.Substantiated } finding)
        {
            throw IllegalTransition.Of(AccountabilityErrorCodes.IllegalTransition, accountabilityCase.State, nameof(Decide));
        }

        var policy = Array.Find(compiled, c => c.Version.Equals(accountabilityCase.Policy))
            ?? others.GetValue(accountabilityCase.Policy, static version => new CompiledPolicy(version));
        return policy.Decide(
            accountabilityCase.Subject,
            finding.Kind!.Value,
            finding.Impact!.Value,
            decidedOn,
            priorSubstantiatedOn,
            finding.ObstructedInvestigation,
            accountabilityCase.Complaint.MissedOrder is not null,
            finding.PromptRemedy,
            finding.DissentRecorded,
            finding.ForceMajeure);
    }

    private CompiledPolicy Resolve(string? label, LocalDate date)
    {
        if (label is not null)
        {
            foreach (var policy in compiled)
            {
                if (string.Equals(policy.Version.Label, label, StringComparison.Ordinal))
                {
                    return policy;
                }
            }

            throw new InvalidInputException([Failures.Of(nameof(SanctionRequest.PolicyLabel), AccountabilityErrorCodes.PolicyLabelUnknown, label, label)]);
        }

        for (var i = compiled.Length - 1; i >= 0; i--)
        {
            if (compiled[i].Version.EffectiveFrom <= date)
            {
                return compiled[i];
            }
        }

        throw IllegalTransition.Of(CommonErrorCodes.PolicyNotInForce, date, compiled[0].Version.EffectiveFrom);
    }
}
