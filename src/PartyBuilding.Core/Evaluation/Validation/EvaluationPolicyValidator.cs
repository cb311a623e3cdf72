using FluentValidation;

namespace PartyBuilding.Core.Evaluation.Validation;

/// <summary>
/// Refuses an evaluation policy whose shares are above 1, whose quorum is 0, whose bounds are out of
/// order or whose anonymity minimum is below 1.
/// </summary>
/// <remarks>
/// "In order" means implication: every incompetent share that meets the adjustment bound also meets
/// the warning bound and the rated-incompetent bound. So adjustment is never advised on a share that
/// would not even draw a warning.
/// </remarks>
public sealed class EvaluationPolicyValidator : AbstractValidator<EvaluationPolicy>
{
    /// <summary>Creates the validator.</summary>
    public EvaluationPolicyValidator()
    {
        RuleFor(p => p.Quorum).Must(t => IsShare(t) && t.Value > Ratio.Zero).WithCode(EvaluationErrorCodes.PolicyShareOutOfRange);

        // The quorum specification compares counts by 64-bit cross-multiplication in SQL; terms that fit
        // in 32 bits keep every product exact for any int count.
        RuleFor(p => p.Quorum).Must(t => t.Value.Denominator <= int.MaxValue).WithCode(EvaluationErrorCodes.PolicyShareOutOfRange);
        RuleFor(p => p.AdjustIncompetentShare).Must(IsShare).WithCode(EvaluationErrorCodes.PolicyShareOutOfRange);
        RuleFor(p => p.RatedIncompetentShare).Must(IsShare).WithCode(EvaluationErrorCodes.PolicyShareOutOfRange);
        RuleFor(p => p.WarningIncompetentShare).Must(IsShare).WithCode(EvaluationErrorCodes.PolicyShareOutOfRange);
        RuleFor(p => p.MinimumRecognition).Must(IsShare).WithCode(EvaluationErrorCodes.PolicyShareOutOfRange);
        RuleFor(p => p.WarningIncompetentShare).Must((p, t) => Implies(p.AdjustIncompetentShare, t)).WithCode(EvaluationErrorCodes.PolicyOutOfOrder);
        RuleFor(p => p.RatedIncompetentShare).Must((p, t) => Implies(p.AdjustIncompetentShare, t)).WithCode(EvaluationErrorCodes.PolicyOutOfOrder);
        RuleFor(p => p.AnonymityMinimumBallots).GreaterThanOrEqualTo(1).WithCode(EvaluationErrorCodes.PolicyAnonymityMinimum);
    }

    private static bool IsShare(RatioThreshold threshold) => threshold.Value <= Ratio.One;

    /// <summary>Whether every share meeting <paramref name="stricter"/> also meets <paramref name="looser"/>.</summary>
    internal static bool Implies(RatioThreshold stricter, RatioThreshold looser) =>
        looser.Value < stricter.Value
        || (looser.Value == stricter.Value && (looser.Inclusive || !stricter.Inclusive));
}
