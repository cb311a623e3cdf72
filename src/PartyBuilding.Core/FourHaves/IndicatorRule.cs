using System.Text.Json.Serialization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// How an indicator turns the facts of an enterprise into points. A closed set of rule kinds, each a
/// record a host can inspect and print: <see cref="FlagRule"/>, <see cref="CountRule"/>,
/// <see cref="ShareRule"/>, <see cref="AbsenceRule"/>.
/// </summary>
/// <remarks>
/// Every kind is monotone in its fact: more of a good fact (or less of the fact an
/// <see cref="AbsenceRule"/> counts) never gives fewer points. Hosts cannot add kinds, so a
/// scorecard stays data that the library can validate.
/// </remarks>
// A document names each rule's kind, so the closed set is declared here, where the kinds are.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FlagRule), "flag")]
[JsonDerivedType(typeof(CountRule), "count")]
[JsonDerivedType(typeof(ShareRule), "share")]
[JsonDerivedType(typeof(AbsenceRule), "absence")]
public abstract record IndicatorRule
{
    private protected IndicatorRule()
    {
    }

    /// <summary>The most points the rule can give.</summary>
    public abstract int MaxPoints { get; }

    /// <summary>The points <paramref name="enterprise"/> earns under this rule, between 0 and <see cref="MaxPoints"/>.</summary>
    /// <param name="enterprise">A profile that <see cref="Validation.EnterpriseProfileValidator"/> accepts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    internal int PointsFor(EnterpriseProfile enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        var (first, second) = Reads;
        return Score(enterprise.FactValue(first), enterprise.FactValue(second));
    }

    /// <summary>The facts the rule reads: its fact twice, or a share's part and whole.</summary>
    internal abstract (FactKey First, FactKey Second) Reads { get; }

    /// <summary>
    /// The points for the values of <see cref="Reads"/>, of a validated rule and profile. The scorecard resolves
    /// the facts to slots once per version and passes the values, so no rule looks a fact up by name.
    /// </summary>
    internal abstract int Score(int first, int second);
}
