using FluentValidation;

namespace PartyBuilding.Core.Petitions.Validation;

/// <summary>
/// Checks a <see cref="PetitionIntake"/> against a policy's figures: its id and petitioner, a known category, defined
/// gravity and tier, a group of at most the policy's representatives, and an earlier filing whose dates are in order.
/// </summary>
public sealed class PetitionIntakeValidator : AbstractValidator<PetitionIntake>
{
    private readonly PetitionPolicy policy;

    /// <summary>Creates the validator for <see cref="PetitionPolicy.Default"/>.</summary>
    public PetitionIntakeValidator()
        : this(PetitionPolicy.Default)
    {
    }

    /// <summary>Creates the validator for the figures of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public PetitionIntakeValidator(PetitionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        this.policy = policy;
        RuleFor(i => i.Id.Value).Must(HasText).WithCode(PetitionErrorCodes.IdMissing).OverridePropertyName(nameof(PetitionIntake.Id));
        RuleFor(i => i.Petitioner).Must(HasText).WithCode(PetitionErrorCodes.PetitionerEmpty);
        RuleFor(i => i.Category).Must(Enum.IsDefined).WithCode(PetitionErrorCodes.CategoryUnknown);
        RuleFor(i => i.Gravity).Must(Enum.IsDefined).WithCode(PetitionErrorCodes.EnumUndefined);
        RuleFor(i => i.ReceivedAt).Must(IsRouted).WithCode(PetitionErrorCodes.TierNotRouted);
        RuleFor(i => i.Representatives).Must((i, _) => GroupIsSized(i)).WithCode(PetitionErrorCodes.GroupSizeInvalid);
        RuleFor(i => i.Representatives).Must(r => r <= policy.MaxRepresentatives).WithCode(PetitionErrorCodes.TooManyRepresentatives)
            .WithMessage(i => MessageCatalog.Format(PetitionErrorCodes.TooManyRepresentatives, i.Representatives, policy.MaxRepresentatives));
        RuleFor(i => i.MatterKey).Must(k => k is null || HasText(k)).WithCode(PetitionErrorCodes.MatterKeyEmpty);
        RuleFor(i => i.Prior!.Tier).Must(IsRouted).WithCode(PetitionErrorCodes.TierNotRouted)
            .OverridePropertyName("Prior.Tier").When(i => i.Prior is not null);
        RuleFor(i => i.Prior!.AcceptedOn).Must((i, d) => PriorBeforeReceipt(i)).WithCode(PetitionErrorCodes.PriorAfterReceipt)
            .OverridePropertyName("Prior.AcceptedOn").When(i => i.Prior is not null);
        RuleFor(i => i.Prior!.AnsweredOn).Must((i, _) => PriorAnswerInOrder(i.Prior!)).WithCode(PetitionErrorCodes.PriorAnswerBeforeAcceptance)
            .OverridePropertyName("Prior.AnsweredOn").When(i => i.Prior is not null);
        RuleFor(i => i.Prior!.ExtensionDays).Must(PriorExtensionInRange).WithCode(PetitionErrorCodes.PriorExtensionOutOfRange)
            .WithMessage(i => MessageCatalog.Format(PetitionErrorCodes.PriorExtensionOutOfRange, i.Prior!.ExtensionDays, policy.MaxExtensionDays))
            .OverridePropertyName("Prior.ExtensionDays").When(i => i.Prior is not null);
        RuleFor(i => i.Prior!.Final).Must((i, _) => PriorFinalAnswered(i.Prior!)).WithCode(PetitionErrorCodes.PriorFinalUnanswered)
            .OverridePropertyName("Prior.Final").When(i => i.Prior is not null);
    }

    /// <summary>
    /// Whether <paramref name="intake"/> passes every rule of the validator: the same predicates, without FluentValidation's
    /// allocations. The router runs the validator only for an intake that fails, to list its failures
    /// (<c>PetitionBenchmarks</c>: routing 1,000,000 intakes).
    /// </summary>
    internal bool Passes(PetitionIntake intake) =>
        HasText(intake.Id.Value)
        && HasText(intake.Petitioner)
        && Enum.IsDefined(intake.Category)
        && Enum.IsDefined(intake.Gravity)
        && IsRouted(intake.ReceivedAt)
        && GroupIsSized(intake)
        && intake.Representatives <= policy.MaxRepresentatives
        && (intake.MatterKey is null || HasText(intake.MatterKey))
        && (intake.Prior is not { } prior
            || (IsRouted(prior.Tier) && PriorBeforeReceipt(intake) && PriorAnswerInOrder(prior) && PriorExtensionInRange(prior.ExtensionDays) && PriorFinalAnswered(prior)));

    /// <summary>Whether <paramref name="tier"/> is one the library routes to: village, township or county.</summary>
    internal static bool IsRouted(PetitionTier tier) => tier is PetitionTier.Village or PetitionTier.Township or PetitionTier.County;

    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);

    private static bool GroupIsSized(PetitionIntake intake) => intake.Representatives >= 1 && intake.Petitioners >= intake.Representatives;

    private static bool PriorBeforeReceipt(PetitionIntake intake) => intake.Prior!.AcceptedOn <= intake.ReceivedOn;

    private static bool PriorAnswerInOrder(PriorFiling prior) => prior.AnsweredOn is not { } answered || answered >= prior.AcceptedOn;

    private bool PriorExtensionInRange(int days) => days >= 0 && days <= policy.MaxExtensionDays;

    private static bool PriorFinalAnswered(PriorFiling prior) => !prior.Final || prior.AnsweredOn is not null;
}
