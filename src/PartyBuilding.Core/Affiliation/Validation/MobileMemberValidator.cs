using System.Linq.Expressions;
using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core.Affiliation.Validation;

/// <summary>Checks the shape of a <see cref="MobileMember"/>; the assigner decides what happens to it.</summary>
public sealed class MobileMemberValidator : AbstractValidator<MobileMember>
{
    /// <summary>
    /// Every rule once, as a predicate: the validator is built from them, and <see cref="Accepts"/> runs them
    /// without allocating so that a batch lists failures (with the validator) only for a member that fails.
    /// </summary>
    private static readonly (Expression<Func<MobileMember, object?>> Property, string Code, Func<MobileMember, bool> Holds)[] Rules =
    [
        (m => m.Id, AffiliationErrorCodes.MemberIdMissing, m => !m.Id.IsDefault),
        (m => m.Status, AffiliationErrorCodes.StatusUndefined, m => Enum.IsDefined(m.Status)),
        (m => m.ResidenceAreaCode, AffiliationErrorCodes.AreaCodeEmpty, m => m.ResidenceAreaCode is null || !string.IsNullOrWhiteSpace(m.ResidenceAreaCode)),
        (m => m.IntroducedBy, AffiliationErrorCodes.IntroducerIdMissing, m => m.IntroducedBy is not { IsDefault: true }),

        // Only between two real ids: a missing one has its own code above.
        (m => m.IntroducedBy, AffiliationErrorCodes.SelfIntroduced, m => m.IntroducedBy is not { IsDefault: false } introducer || m.Id.IsDefault || introducer != m.Id),
    ];

    /// <summary>Creates the validator.</summary>
    public MobileMemberValidator()
    {
        foreach (var (property, code, holds) in Rules)
        {
            RuleFor(property).Must((member, _) => holds(member)).WithCode(code);
        }
    }

    /// <summary>Whether <paramref name="member"/> passes every rule of the validator.</summary>
    internal static bool Accepts(MobileMember member)
    {
        foreach (var rule in Rules)
        {
            if (!rule.Holds(member))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds the failures of <paramref name="member"/> (none when it is accepted), each named
    /// <c>property.Name</c>; a null member is <c>COMMON.REQUIRED</c> at <paramref name="property"/>.
    /// </summary>
    internal void AddFailures(MobileMember? member, string property, List<ValidationFailure> failures) =>
        this.AddItemFailures(member, property, failures, Accepts);
}
