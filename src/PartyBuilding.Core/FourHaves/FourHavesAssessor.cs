using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// Assesses enterprise party organizations against the four haves with the scorecard of a
/// <see cref="FourHavesPolicy"/> (seed, part 1).
/// </summary>
/// <remarks>
/// Pure and thread-safe; the policy is validated once, at construction, and its table compiled into one
/// method (about 2 ms; where the runtime cannot compile code, as under native AOT, the table is read as
/// data instead, with the same results). Construct an assessor once per policy and keep it, as
/// <c>AddPartyBuilding</c> does. Assessing allocates the assessment and nothing else; its reasons are
/// written when first read.
/// </remarks>
public sealed class FourHavesAssessor : IFourHavesAssessor
{
    private static readonly EnterpriseProfileValidator ProfileValidator = new();
    private readonly ScoreCard card;

    /// <summary>Creates an assessor with the default table.</summary>
    public FourHavesAssessor()
        : this(FourHavesPolicy.Default)
    {
    }

    /// <summary>Creates an assessor with <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent; every failure is listed.</exception>
    public FourHavesAssessor(FourHavesPolicy policy)
        : this(policy, compile: true)
    {
    }

    /// <summary>Creates an assessor that compiles the table (where the runtime can) or, for measurements, reads it as data.</summary>
    internal FourHavesAssessor(FourHavesPolicy policy, bool compile)
    {
        new FourHavesPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        card = new ScoreCard(policy, compile);
    }

    /// <summary>The policy the assessor scores with.</summary>
    public FourHavesPolicy Policy => card.Policy;

    /// <summary>Whether this assessor runs its table compiled (false where the runtime cannot compile code, as under native AOT).</summary>
    internal bool IsCompiled => card.IsCompiled;

    /// <summary>The fewest points that meet <paramref name="have"/> under the policy (15 of 25 by default).</summary>
    public int PointsToMeet(Have have) => card.MinimumToMeet(have);

    /// <inheritdoc />
    public FourHavesAssessment Assess(EnterpriseProfile enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        if (!EnterpriseProfileValidator.IsValidFast(enterprise))
        {
            ProfileValidator.ThrowIfInvalid(enterprise, nameof(enterprise));
        }

        return card.Assess(enterprise);
    }

    /// <summary>
    /// Assesses every enterprise, in the order given. The whole batch is checked first (every profile
    /// valid, no id twice), so a bad batch gives no assessment at all.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="enterprises"/> is null.</exception>
    /// <exception cref="InvalidInputException">A profile is null or invalid, or two share an id; every failure is listed.</exception>
    public IReadOnlyList<FourHavesAssessment> AssessAll(IEnumerable<EnterpriseProfile> enterprises)
    {
        var list = Batch.Check(enterprises, nameof(enterprises));
        var result = new FourHavesAssessment[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            result[i] = card.Assess(list[i]);
        }

        return result;
    }

    /// <summary>The model enterprises (all four haves met, grade at least the model grade) among <paramref name="assessments"/>, ordered by id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of them is null.</exception>
    public static IReadOnlyList<EnterpriseId> ModelEnterprises(IEnumerable<FourHavesAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        return [.. assessments
            .Select(a => a ?? throw new ArgumentNullException(nameof(assessments)))
            .Where(a => a.IsModel)
            .Select(a => a.Enterprise)
            .Distinct()
            .Order()];
    }
}
