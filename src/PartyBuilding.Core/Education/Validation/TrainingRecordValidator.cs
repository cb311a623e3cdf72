using FluentValidation;

namespace PartyBuilding.Core.Education.Validation;

/// <summary>Checks a <see cref="TrainingRecord"/>: a member id, a defined unit, a count from 1 to 1,000.</summary>
public sealed class TrainingRecordValidator : AbstractValidator<TrainingRecord>
{
    /// <summary>The most units one record may count (a bound that keeps any year's total far from overflow).</summary>
    internal const int MaxCount = 1000;

    /// <summary>Creates the validator.</summary>
    public TrainingRecordValidator()
    {
        RuleFor(r => r.Member.Value).NotEmpty().WithCode(EducationErrorCodes.MemberMissing).OverridePropertyName(nameof(TrainingRecord.Member));
        RuleFor(r => r.Unit).Must(Enum.IsDefined).WithCode(EducationErrorCodes.EnumUndefined);
        RuleFor(r => r.Count).Must(HasCount).WithCode(EducationErrorCodes.CountOutOfRange);
    }

    /// <summary>Whether <paramref name="record"/> passes every rule (the same predicates; the validator runs only to list a failing record's failures).</summary>
    internal static bool Passes(TrainingRecord record) =>
        !string.IsNullOrEmpty(record.Member.Value) && Enum.IsDefined(record.Unit) && HasCount(record.Count);

    private static bool HasCount(int count) => count is >= 1 and <= MaxCount;
}
