using FluentValidation;

namespace PartyBuilding.Core.Governance.Validation;

/// <summary>
/// Checks the shape of one <see cref="ProcedureRecord"/>: counts not negative, votes not above those present,
/// present not above those due, a meeting with someone due, a notice not taken down before it was posted.
/// The checker judges the records against each other.
/// </summary>
public sealed class ProcedureRecordValidator : AbstractValidator<ProcedureRecord>
{
    /// <summary>Creates the validator.</summary>
    public ProcedureRecordValidator()
    {
        RuleFor(r => r.Kind).IsInEnum().WithCode(GovernanceErrorCodes.KindUndefined);
        RuleFor(r => r.Due).GreaterThanOrEqualTo(0).WithCode(GovernanceErrorCodes.CountNegative);
        RuleFor(r => r.Due).GreaterThan(0).When(r => Enum.IsDefined(r.Kind) && IsMeeting(r.Kind)).WithCode(GovernanceErrorCodes.DueNotPositive);
        RuleFor(r => r.Present).GreaterThanOrEqualTo(0).WithCode(GovernanceErrorCodes.CountNegative)
            .LessThanOrEqualTo(r => r.Due).WithCode(GovernanceErrorCodes.PresentAboveDue);
        RuleFor(r => r.VotesFor).GreaterThanOrEqualTo(0).WithCode(GovernanceErrorCodes.CountNegative)
            .LessThanOrEqualTo(r => r.Present).WithCode(GovernanceErrorCodes.VotesAbovePresent);
        RuleFor(r => r.HouseholdsDue).GreaterThanOrEqualTo(0).WithCode(GovernanceErrorCodes.CountNegative);
        RuleFor(r => r.HouseholdsPresent).GreaterThanOrEqualTo(0).WithCode(GovernanceErrorCodes.CountNegative)
            .LessThanOrEqualTo(r => r.HouseholdsDue).WithCode(GovernanceErrorCodes.HouseholdsAboveDue);
        RuleFor(r => r.PostedUntil).GreaterThanOrEqualTo(r => r.On).WithCode(GovernanceErrorCodes.PostedUntilBeforeOn);
    }

    /// <summary>Whether records of <paramref name="kind"/> are meetings with counts (not a notice or a disclosure).</summary>
    internal static bool IsMeeting(ProcedureRecordKind kind) =>
        kind is not (ProcedureRecordKind.MembersNotice or ProcedureRecordKind.ResolutionDisclosure or ProcedureRecordKind.ResultDisclosure);
}
