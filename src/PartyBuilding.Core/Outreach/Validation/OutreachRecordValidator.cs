using FluentValidation;

namespace PartyBuilding.Core.Outreach.Validation;

/// <summary>Checks the shape of one <see cref="OutreachRecord"/>: ids present, the item defined.</summary>
public sealed class OutreachRecordValidator : AbstractValidator<OutreachRecord>
{
    /// <summary>Creates the validator.</summary>
    public OutreachRecordValidator() =>
        RuleFor(r => r).Custom((r, context) => OutreachChecks.Report(context, failures => OutreachChecks.Record(r, "", failures)));
}
