using System.Linq.Expressions;
using FluentValidation;

namespace PartyBuilding.Core.Governance.Validation;

/// <summary>
/// Checks the shape of one <see cref="ProcedureRecord"/>: counts not negative, votes not above those present,
/// present not above those due, a meeting with someone due, a notice not taken down before it was posted.
/// The checker judges the records against each other.
/// </summary>
public sealed class ProcedureRecordValidator : AbstractValidator<ProcedureRecord>
{
    /// <summary>
    /// Every rule once, as a predicate: the validator is built from them, and <see cref="Accepts"/> runs them
    /// without allocating so that the checker lists failures (with the validator) only for a record that fails.
    /// </summary>
    private static readonly (Expression<Func<ProcedureRecord, object?>> Property, string Code, Func<ProcedureRecord, bool> Holds)[] Rules =
    [
        (r => r.Kind, GovernanceErrorCodes.KindUndefined, r => Enum.IsDefined(r.Kind)),
        (r => r.Due, GovernanceErrorCodes.CountNegative, r => r.Due >= 0),
        (r => r.Due, GovernanceErrorCodes.DueNotPositive, r => r.Due > 0 || !Enum.IsDefined(r.Kind) || !IsMeeting(r.Kind)),
        (r => r.Present, GovernanceErrorCodes.CountNegative, r => r.Present >= 0),
        (r => r.Present, GovernanceErrorCodes.PresentAboveDue, r => r.Present <= r.Due),
        (r => r.VotesFor, GovernanceErrorCodes.CountNegative, r => r.VotesFor >= 0),
        (r => r.VotesFor, GovernanceErrorCodes.VotesAbovePresent, r => r.VotesFor <= r.Present),
        (r => r.HouseholdsDue, GovernanceErrorCodes.CountNegative, r => r.HouseholdsDue >= 0),
        (r => r.HouseholdsPresent, GovernanceErrorCodes.CountNegative, r => r.HouseholdsPresent >= 0),
        (r => r.HouseholdsPresent, GovernanceErrorCodes.HouseholdsAboveDue, r => r.HouseholdsPresent <= r.HouseholdsDue),
        (r => r.PostedUntil, GovernanceErrorCodes.PostedUntilBeforeOn, r => r.PostedUntil is not { } until || until >= r.On),
    ];

    /// <summary>Creates the validator.</summary>
    public ProcedureRecordValidator()
    {
        foreach (var (property, code, holds) in Rules)
        {
            RuleFor(property).Must((record, _) => holds(record)).WithCode(code);
        }
    }

    /// <summary>Whether <paramref name="record"/> passes every rule of the validator.</summary>
    internal static bool Accepts(ProcedureRecord record)
    {
        foreach (var rule in Rules)
        {
            if (!rule.Holds(record))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether records of <paramref name="kind"/> are meetings with counts (not a notice or a disclosure).</summary>
    internal static bool IsMeeting(ProcedureRecordKind kind) =>
        kind is not (ProcedureRecordKind.MembersNotice or ProcedureRecordKind.ResolutionDisclosure or ProcedureRecordKind.ResultDisclosure);
}
