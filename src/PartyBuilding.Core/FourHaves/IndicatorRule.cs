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
        Span<int> facts = stackalloc int[EnterpriseProfile.FactCount];
        enterprise.CopyFactsTo(facts);
        return Score(facts);
    }

    /// <summary>The points for <paramref name="facts"/> (indexed by <see cref="EnterpriseFact"/>), of a validated rule and profile.</summary>
    internal abstract int Score(ReadOnlySpan<int> facts);
}
