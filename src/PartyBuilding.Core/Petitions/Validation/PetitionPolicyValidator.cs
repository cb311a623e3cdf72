using FluentValidation;

namespace PartyBuilding.Core.Petitions.Validation;

/// <summary>
/// Refuses an inconsistent <see cref="PetitionPolicy"/>: a limit not positive, a working-day limit beyond a year, a
/// calendar with a day both holiday and working, or routing and diversion tables that leave a category or gravity
/// unrouted, route it twice, both route and divert it, route to a tier the library does not route to, or send a graver
/// matter of a category to a lower tier.
/// </summary>
public sealed class PetitionPolicyValidator : AbstractValidator<PetitionPolicy>
{
    /// <summary>The most working days an objection limit may count (a year of days; the count walks the calendar).</summary>
    public const int MaxObjectionWorkingDays = 366;

    /// <summary>Creates the validator.</summary>
    public PetitionPolicyValidator()
    {
        RuleFor(p => p.RegisterWithinDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.NotifyWithinDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ObjectionWorkingDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ObjectionWorkingDays).LessThanOrEqualTo(MaxObjectionWorkingDays).WithCode(PetitionErrorCodes.PolicyTooLarge);
        RuleFor(p => p.HandleWithinDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.MaxExtensionDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ReviewRequestWithinDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ReviewWithinDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ReReviewRequestWithinDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.ReReviewWithinDays).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.MaxRepresentatives).GreaterThan(0).WithCode(PetitionErrorCodes.PolicyNotPositive);
        RuleFor(p => p.WorkingDays).Custom(CheckCalendar);
        RuleFor(p => p).Custom(CheckTables);
    }

    private static void CheckCalendar(WorkingDayCalendar? calendar, ValidationContext<PetitionPolicy> context)
    {
        if (calendar?.Holidays is null || calendar.ExtraWorkingDays is null)
        {
            context.AddFailure(Failures.Of(nameof(PetitionPolicy.WorkingDays), CommonErrorCodes.Required, null));
            return;
        }

        foreach (var day in calendar.Holidays.Intersect(calendar.ExtraWorkingDays))
        {
            context.AddFailure(Failures.Of(nameof(PetitionPolicy.WorkingDays), PetitionErrorCodes.CalendarConflict, day, day));
        }
    }

    private static void CheckTables(PetitionPolicy policy, ValidationContext<PetitionPolicy> context)
    {
        var categories = Enum.GetValues<MatterCategory>();
        var gravities = Enum.GetValues<Gravity>();
        var tiers = new PetitionTier?[categories.Length, gravities.Length];
        var diverted = new bool[categories.Length];
        if (policy.Diversions is null)
        {
            context.AddFailure(Failures.Of(nameof(PetitionPolicy.Diversions), CommonErrorCodes.Required, null));
        }
        else
        {
            for (var i = 0; i < policy.Diversions.Count; i++)
            {
                var property = $"{nameof(PetitionPolicy.Diversions)}[{i}]";
                if (policy.Diversions[i] is not { } row)
                {
                    context.AddFailure(Failures.Of(property, CommonErrorCodes.Required, null));
                }
                else if (!Enum.IsDefined(row.Category) || !Enum.IsDefined(row.Procedure))
                {
                    context.AddFailure(Failures.Of(property, PetitionErrorCodes.EnumUndefined, row));
                }
                else if (diverted[(int)row.Category])
                {
                    context.AddFailure(Failures.Of(property, PetitionErrorCodes.RouteDuplicate, row, PetitionName.Of(row.Category)));
                }
                else
                {
                    diverted[(int)row.Category] = true;
                }
            }
        }

        if (policy.Routing is null)
        {
            context.AddFailure(Failures.Of(nameof(PetitionPolicy.Routing), CommonErrorCodes.Required, null));
            return;
        }

        for (var i = 0; i < policy.Routing.Count; i++)
        {
            var property = $"{nameof(PetitionPolicy.Routing)}[{i}]";
            if (policy.Routing[i] is not { } row)
            {
                context.AddFailure(Failures.Of(property, CommonErrorCodes.Required, null));
            }
            else if (!Enum.IsDefined(row.Category) || !Enum.IsDefined(row.Gravity))
            {
                context.AddFailure(Failures.Of(property, PetitionErrorCodes.EnumUndefined, row));
            }
            else if (!PetitionIntakeValidator.IsRouted(row.Tier))
            {
                context.AddFailure(Failures.Of(property, PetitionErrorCodes.TierNotRouted, row));
            }
            else if (diverted[(int)row.Category])
            {
                context.AddFailure(Failures.Of(property, PetitionErrorCodes.RouteConflict, row, PetitionName.Of(row.Category)));
            }
            else if (tiers[(int)row.Category, (int)row.Gravity] is not null)
            {
                context.AddFailure(Failures.Of(property, PetitionErrorCodes.RouteDuplicate, row, PetitionName.Of(row.Category)));
            }
            else
            {
                tiers[(int)row.Category, (int)row.Gravity] = row.Tier;
            }
        }

        foreach (var category in categories)
        {
            if (diverted[(int)category])
            {
                continue;
            }

            foreach (var gravity in gravities)
            {
                var tier = tiers[(int)category, (int)gravity];
                if (tier is null)
                {
                    context.AddFailure(Failures.Of(nameof(PetitionPolicy.Routing), PetitionErrorCodes.RouteMissing, null, PetitionName.Of(category), PetitionName.Of(gravity)));
                }
                else if (gravity > 0 && tiers[(int)category, (int)gravity - 1] is { } lighter && tier < lighter)
                {
                    context.AddFailure(Failures.Of(nameof(PetitionPolicy.Routing), PetitionErrorCodes.RouteNotMonotone, null, PetitionName.Of(category), PetitionName.Of(gravity)));
                }
            }
        }
    }
}
