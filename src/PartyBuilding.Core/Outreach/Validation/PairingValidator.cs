using FluentValidation;

namespace PartyBuilding.Core.Outreach.Validation;

/// <summary>Checks the shape of one <see cref="Pairing"/>: ids present, the end not before the start.</summary>
public sealed class PairingValidator : AbstractValidator<Pairing>
{
    /// <summary>Creates the validator.</summary>
    public PairingValidator() =>
        RuleFor(p => p).Custom((p, context) => OutreachChecks.Report(context, failures => OutreachChecks.Pairing(p, "", failures)));
}
