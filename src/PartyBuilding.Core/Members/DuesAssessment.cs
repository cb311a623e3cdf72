namespace PartyBuilding.Core.Members;

/// <summary>A member's monthly dues, with the bracket or fixed sum that gave them.</summary>
/// <param name="Basis">What the dues were worked out from.</param>
/// <param name="Amount">The monthly dues in yuan, rounded to the fen by the policy's rounding.</param>
/// <param name="Rate">The share of the whole income applied (0.005 is 0.5 %), or null when a fixed sum applies.</param>
/// <param name="FixedSum">The fixed monthly sum of the category, or null when a bracket rate applies.</param>
/// <param name="PolicyLabel">The label of the policy version used.</param>
/// <param name="Reasons">One reason naming the bracket or the fixed sum and its source (codes in <see cref="MembersReasonCodes"/>).</param>
/// <remarks>Two assessments are equal when every field is, the reasons compared item by item.</remarks>
public sealed record DuesAssessment(
    DuesBasis Basis,
    decimal Amount,
    decimal? Rate,
    decimal? FixedSum,
    string PolicyLabel,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>The reasons: a read-only copy of the list given.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));
}
