using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>The verdict on one major matter's procedure, with every finding behind it.</summary>
/// <param name="Matter">The matter checked.</param>
/// <param name="Compliant">Whether every rule was kept.</param>
/// <param name="FirstFailingStep">A village matter: the first of the six steps that fails; null when compliant or at the township.</param>
/// <param name="FailingSteps">A village matter: every failing step in order, the first included; empty at the township.</param>
/// <param name="Reasons">Every finding in step order (codes in <see cref="GovernanceReasonCodes"/>), or the one reason it is compliant.</param>
/// <param name="DecidedOn">The date whose policy version was used: the deciding meeting's, or the latest record's when there is none.</param>
/// <param name="PolicyLabel">The label of the policy version in force on <paramref name="DecidedOn"/>.</param>
public sealed record ProcedureCompliance(
    MatterId Matter,
    bool Compliant,
    DeliberationStep? FirstFailingStep,
    IReadOnlyList<DeliberationStep> FailingSteps,
    IReadOnlyList<Reason> Reasons,
    LocalDate DecidedOn,
    string PolicyLabel)
{
    /// <summary>Every failing step in order: a read-only copy of the list given.</summary>
    public IReadOnlyList<DeliberationStep> FailingSteps { get; init => field = ValueList<DeliberationStep>.Copy(value, nameof(FailingSteps)); } = ValueList<DeliberationStep>.Copy(FailingSteps, nameof(FailingSteps));

    /// <summary>Every finding: a read-only copy of the list given.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));

    /// <summary>What a host stores of this verdict on <paramref name="matter"/> (the matter checked).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="matter"/> is null.</exception>
    public ProcedureSummary ToSummary(MajorMatter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return new()
        {
            Id = matter.Id,
            Organization = matter.Organization,
            Level = matter.Level,
            Compliant = Compliant,
            FirstFailingStep = FirstFailingStep,
            DecidedOn = DecidedOn,
        };
    }
}
