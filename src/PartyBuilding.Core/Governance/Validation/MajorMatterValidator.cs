using System.Linq.Expressions;
using FluentValidation;

namespace PartyBuilding.Core.Governance.Validation;

/// <summary>Checks the shape of a <see cref="MajorMatter"/>; the checker judges its procedure.</summary>
public sealed class MajorMatterValidator : AbstractValidator<MajorMatter>
{
    /// <summary>Every rule once, as a predicate: the validator is built from them, and <see cref="Accepts"/> runs them without allocating.</summary>
    private static readonly (Expression<Func<MajorMatter, object?>> Property, string Code, Func<MajorMatter, bool> Holds)[] Rules =
    [
        (m => m.Id, GovernanceErrorCodes.MatterIdMissing, m => !m.Id.IsDefault),
        (m => m.Organization, GovernanceErrorCodes.OrganizationMissing, m => !m.Organization.IsDefault),
        (m => m.Level, GovernanceErrorCodes.LevelUndefined, m => Enum.IsDefined(m.Level)),
        (m => m.Kind, GovernanceErrorCodes.KindUndefined, m => Enum.IsDefined(m.Kind)),
        (m => m.Amount, GovernanceErrorCodes.AmountNegative, m => m.Amount >= 0m),
    ];

    /// <summary>Creates the validator.</summary>
    public MajorMatterValidator()
    {
        foreach (var (property, code, holds) in Rules)
        {
            RuleFor(property).Must((matter, _) => holds(matter)).WithCode(code);
        }
    }

    /// <summary>Whether <paramref name="matter"/> passes every rule of the validator.</summary>
    internal static bool Accepts(MajorMatter matter)
    {
        foreach (var rule in Rules)
        {
            if (!rule.Holds(matter))
            {
                return false;
            }
        }

        return true;
    }
}
