using FluentValidation;

namespace PartyBuilding.Core.Accountability.Validation;

/// <summary>
/// Refuses an inconsistent <see cref="AccountabilityPolicy"/>: deadlines and the look-back window not
/// positive, a negative step, a ladder table with a missing, duplicate or null cell or an undefined
/// level, or one that gives a lower level to a greater impact of the same kind (escalation must be
/// monotone in impact).
/// </summary>
public sealed class AccountabilityPolicyValidator : AbstractValidator<AccountabilityPolicy>
{
    /// <summary>Creates the validator.</summary>
    public AccountabilityPolicyValidator()
    {
        RuleFor(p => p.RegisterWithinDays).GreaterThan(0).WithCode(AccountabilityErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ConcludeWithinDays).GreaterThan(0).WithCode(AccountabilityErrorCodes.PolicyNotPositive);
        RuleFor(p => p.MaxExtensionDays).GreaterThan(0).WithCode(AccountabilityErrorCodes.PolicyNotPositive);
        RuleFor(p => p.LookBackMonths).GreaterThan(0).WithCode(AccountabilityErrorCodes.PolicyNotPositive);
        RuleFor(p => p.StepsPerPrior).GreaterThanOrEqualTo(0).WithCode(AccountabilityErrorCodes.PolicyStepNegative);
        RuleFor(p => p.ObstructionSteps).GreaterThanOrEqualTo(0).WithCode(AccountabilityErrorCodes.PolicyStepNegative);
        RuleFor(p => p.MissedRectificationSteps).GreaterThanOrEqualTo(0).WithCode(AccountabilityErrorCodes.PolicyStepNegative);
        RuleFor(p => p.PromptRemedySteps).GreaterThanOrEqualTo(0).WithCode(AccountabilityErrorCodes.PolicyStepNegative);
        RuleFor(p => p.DiscloseFromLevel).IsInEnum().WithCode(AccountabilityErrorCodes.EnumUndefined);
        RuleFor(p => p.OrganizationDiscloseFromLevel).IsInEnum().WithCode(AccountabilityErrorCodes.EnumUndefined);
        RuleFor(p => p.CadreLadder).Custom((cells, context) =>
            CheckLadder(cells, nameof(AccountabilityPolicy.CadreLadder), c => (c.Kind, c.Impact, (int)c.Level),
                (int)SanctionLevel.DisciplinarySanction, context));
        RuleFor(p => p.OrganizationLadder).Custom((cells, context) =>
            CheckLadder(cells, nameof(AccountabilityPolicy.OrganizationLadder), c => (c.Kind, c.Impact, (int)c.Level),
                (int)OrganizationSanctionLevel.Reorganization, context));
    }

    private static void CheckLadder<TCell>(
        IReadOnlyList<TCell>? cells,
        string name,
        Func<TCell, (MisconductKind Kind, Impact Impact, int Level)> read,
        int top,
        ValidationContext<AccountabilityPolicy> context)
        where TCell : class
    {
        if (cells is null)
        {
            context.AddFailure(Failures.Of(name, AccountabilityErrorCodes.LadderMissing, null, name));
            return;
        }

        const int Kinds = 3;
        const int Impacts = 3;
        var levels = new int?[Kinds, Impacts];
        for (var i = 0; i < cells.Count; i++)
        {
            var property = $"{name}[{i}]";
            if (cells[i] is not { } cell)
            {
                context.AddFailure(Failures.Of(property, AccountabilityErrorCodes.LadderMissing, null, name));
                continue;
            }

            var (kind, impact, level) = read(cell);
            if (!Enum.IsDefined(kind) || !Enum.IsDefined(impact) || level < 0 || level > top)
            {
                context.AddFailure(Failures.Of(property, AccountabilityErrorCodes.EnumUndefined, cell));
                continue;
            }

            if (levels[(int)kind, (int)impact] is not null)
            {
                context.AddFailure(Failures.Of(property, AccountabilityErrorCodes.LadderCellDuplicate, cell, name, kind, impact));
                continue;
            }

            levels[(int)kind, (int)impact] = level;
        }

        for (var k = 0; k < Kinds; k++)
        {
            for (var m = 0; m < Impacts; m++)
            {
                if (levels[k, m] is null)
                {
                    context.AddFailure(Failures.Of(name, AccountabilityErrorCodes.LadderCellMissing, null, name, (MisconductKind)k, (Impact)m));
                }
                else if (m > 0 && levels[k, m - 1] is { } lower && levels[k, m] < lower)
                {
                    context.AddFailure(Failures.Of(name, AccountabilityErrorCodes.LadderNotMonotone, null, name, (MisconductKind)k, (Impact)m, (Impact)(m - 1)));
                }
            }
        }
    }
}
