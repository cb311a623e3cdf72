using System.Collections.ObjectModel;
using NodaTime;
using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// Assesses enterprise party organizations against the four haves with the scorecard versions of a
/// <see cref="PolicySet{TPolicy}"/> of <see cref="FourHavesPolicy"/> (seed, part 1).
/// </summary>
/// <remarks>
/// Pure and thread-safe. Every version is validated once, at construction; the scorecard is read as data, so
/// a province's own table runs through the same code as the default one. A dated assessment uses the version
/// in force on its as-of date and names its label; see <see cref="IFourHavesAssessor"/> for the undated forms.
/// </remarks>
public sealed class FourHavesAssessor : IFourHavesAssessor
{
    private static readonly EnterpriseProfileValidator ProfileValidator = new();
    private readonly ScoreCard[] cards;

    /// <summary>Creates an assessor with the default table, as a set of one version.</summary>
    public FourHavesAssessor()
        : this(FourHavesPolicy.Default)
    {
    }

    /// <summary>Creates an assessor with <paramref name="policy"/> alone, a set of one version labelled <c>default</c> and in force on every date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent; every failure is listed.</exception>
    public FourHavesAssessor(FourHavesPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))), nameof(policy))
    {
    }

    /// <summary>Creates an assessor with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure of every version is listed.</exception>
    public FourHavesAssessor(PolicySet<FourHavesPolicy> policies)
        : this(policies, nameof(policies))
    {
    }

    private FourHavesAssessor(PolicySet<FourHavesPolicy> policies, string name)
    {
        ArgumentNullException.ThrowIfNull(policies, name);
        Policies = policies.ThrowIfInvalid(new FourHavesPolicyValidator(), name);
        cards = [.. policies.Versions.Select(v => new ScoreCard(v))];
    }

    /// <summary>The scorecard versions the assessor scores with.</summary>
    public PolicySet<FourHavesPolicy> Policies { get; }

    /// <summary>The fewest points that meet <paramref name="have"/> under the assessor's only version (15 of 25 by default).</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    /// <exception cref="InvalidOperationException">The assessor holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>).</exception>
    public int PointsToMeet(Have have) => Undated().MinimumToMeet(have);

    /// <summary>The fewest points that meet <paramref name="have"/> under the version in force on <paramref name="asOf"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    /// <exception cref="InvalidOperationException">No version is in force on <paramref name="asOf"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    public int PointsToMeet(Have have, LocalDate asOf) => InForceOn(asOf).MinimumToMeet(have);

    /// <inheritdoc />
    public FourHavesAssessment Assess(EnterpriseProfile enterprise)
    {
        Check(enterprise);
        return Undated().Assess(enterprise);
    }

    /// <inheritdoc />
    public FourHavesAssessment Assess(EnterpriseProfile enterprise, LocalDate asOf)
    {
        Check(enterprise);
        return InForceOn(asOf).Assess(enterprise);
    }

    /// <inheritdoc />
    public IReadOnlyList<FourHavesAssessment> AssessAll(IEnumerable<EnterpriseProfile> enterprises) =>
        AssessAll(Batch.Check(enterprises, nameof(enterprises)), Undated());

    /// <inheritdoc />
    public IReadOnlyList<FourHavesAssessment> AssessAll(IEnumerable<EnterpriseProfile> enterprises, LocalDate asOf) =>
        AssessAll(Batch.Check(enterprises, nameof(enterprises)), InForceOn(asOf));

    /// <summary>The model enterprises (see <see cref="FourHavesAssessment.IsModel"/>) among <paramref name="assessments"/>, ordered by id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    /// <exception cref="InvalidInputException">One of the assessments is null (code <c>COMMON.REQUIRED</c>).</exception>
    public static IReadOnlyList<EnterpriseId> ModelEnterprises(IEnumerable<FourHavesAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var list = assessments.ToArray();
        var missing = Array.IndexOf(list, null);
        if (missing >= 0)
        {
            throw new InvalidInputException([Failures.Of($"{nameof(assessments)}[{missing}]", CommonErrorCodes.Required, null)]);
        }

        return Array.AsReadOnly([.. list.Where(a => a.IsModel).Select(a => a.Enterprise).Distinct().Order()]);
    }

    /// <summary>The profile, checked: the validator's own predicate, and the validator itself only to list the failures.</summary>
    private static void Check(EnterpriseProfile enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        if (!EnterpriseProfileValidator.IsValid(enterprise))
        {
            ProfileValidator.ThrowIfInvalid(enterprise, nameof(enterprise));
        }
    }

    private static ReadOnlyCollection<FourHavesAssessment> AssessAll(EnterpriseProfile[] list, ScoreCard card)
    {
        var result = new FourHavesAssessment[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            result[i] = card.Assess(list[i]);
        }

        return Array.AsReadOnly(result);
    }

    // Undated calls use the only version; with several, which one is meant is the host's to say.
    private ScoreCard Undated() => cards.Length == 1 ? cards[0] : throw IllegalTransition.Of(CommonErrorCodes.AsOfRequired, cards.Length);

    private ScoreCard InForceOn(LocalDate asOf)
    {
        var version = Policies.InForceOn(asOf);
        foreach (var card in cards)
        {
            if (ReferenceEquals(card.Version, version))
            {
                return card;
            }
        }

        throw new InvalidOperationException("Every version of the set has its card.");
    }
}
