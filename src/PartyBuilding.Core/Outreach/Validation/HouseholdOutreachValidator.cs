using FluentValidation;

namespace PartyBuilding.Core.Outreach.Validation;

/// <summary>
/// Checks one household's outreach as a whole: every pairing and record well formed and of this household,
/// no two pairings sharing a day, every record made by the cadre paired on its day, no record twice.
/// </summary>
public sealed class HouseholdOutreachValidator : AbstractValidator<HouseholdOutreach>
{
    /// <summary>Creates the validator.</summary>
    public HouseholdOutreachValidator() =>
        RuleFor(h => h).Custom((h, context) => OutreachChecks.Report(context, failures => OutreachChecks.Household(h, "", failures)));
}
