namespace PartyBuilding.Core.Organizations;

/// <summary>The advised organizational form for a unit, with the reasons that led to it.</summary>
/// <param name="Form">The advised form.</param>
/// <param name="Reasons">The reasons, most decisive first (codes in <see cref="OrganizationReasonCodes"/>).</param>
/// <remarks>Two advices are equal when the form is and the reasons are, item by item.</remarks>
public sealed record StructureAdvice(AdvisedForm Form, IReadOnlyList<Reason> Reasons)
{
    /// <summary>The reasons, most decisive first: a read-only copy of the list given.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.Copy(value, nameof(Reasons)); } = ValueList<Reason>.Copy(Reasons, nameof(Reasons));

    /// <summary>The label of the policy version that decided the advice.</summary>
    /// <value>The default value is <c>default</c>, the label of a single policy.</value>
    public string PolicyLabel { get; init; } = PolicySet.DefaultLabel;
}
