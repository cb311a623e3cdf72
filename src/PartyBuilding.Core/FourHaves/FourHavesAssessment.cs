using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// The four-haves assessment of one enterprise: the score of each have (0 to its maximum, 25 by default),
/// the total (0–100 by default), the haves met, the grade after any veto, and the reasons.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Scores are four plain figures (no dictionary per assessment); <see cref="Met"/>
/// and <see cref="Unmet"/> are shared read-only lists. <see cref="Reasons"/> are written in the UI culture
/// that was current when the assessment was made, the first time they are read, so that a batch which
/// only needs the figures does not pay for the text.
/// </remarks>
public sealed class FourHavesAssessment
{
    private readonly EnterpriseProfile profile;
    private readonly ScoreCard card;
    private readonly CultureInfo culture;
    private readonly byte met;
    private Reason[]? reasons;

    internal FourHavesAssessment(EnterpriseProfile profile, ScoreCard card, HaveScores scores, byte met, Grade uncappedGrade, Grade grade, bool vetoed, CultureInfo culture)
    {
        this.profile = profile;
        this.card = card;
        this.culture = culture;
        this.met = met;
        Scores = scores;
        UncappedGrade = uncappedGrade;
        Grade = grade;
        Vetoed = vetoed;
    }

    /// <summary>The enterprise assessed.</summary>
    public EnterpriseId Enterprise => profile.Id;

    /// <summary>The score of each have.</summary>
    public HaveScores Scores { get; }

    /// <summary>The Seat (有位置) score.</summary>
    public int Seat => Scores.Seat;

    /// <summary>The Action (有作为) score.</summary>
    public int Action => Scores.Action;

    /// <summary>The Attraction (有吸引力) score.</summary>
    public int Attraction => Scores.Attraction;

    /// <summary>The Supervision (有监督) score.</summary>
    public int Supervision => Scores.Supervision;

    /// <summary>The total of the four scores.</summary>
    public int Total => Scores.Total;

    /// <summary>The haves met, in <see cref="Have"/> order.</summary>
    public IReadOnlyList<Have> Met => ScoreCard.MetLists[met];

    /// <summary>The haves not met, in <see cref="Have"/> order.</summary>
    public IReadOnlyList<Have> Unmet => ScoreCard.UnmetLists[met];

    /// <summary>Whether all four haves are met.</summary>
    public bool AllMet => met == 0b1111;

    /// <summary>The grade the total earns before veto items.</summary>
    public Grade UncappedGrade { get; }

    /// <summary>The grade: the total's band, capped by any veto item that applies.</summary>
    public Grade Grade { get; }

    /// <summary>Whether a veto item applies (一票否决).</summary>
    public bool Vetoed { get; }

    /// <summary>Whether the enterprise is a model (示范点): all four haves met and a grade at least the policy's model grade (Good by default).</summary>
    public bool IsModel => AllMet && Grade >= card.Policy.ModelMinimumGrade;

    /// <summary>
    /// The reasons, most decisive first: each veto item that applies, each unmet have (score, maximum,
    /// points needed), the indicators that cost the most points, all-met and model when so, and the grade band.
    /// </summary>
    public IReadOnlyList<Reason> Reasons
    {
        get
        {
            var built = Volatile.Read(ref reasons);
            if (built is null)
            {
                // Deterministic, so a race only builds the same list twice.
                built = card.Explain(this, profile, culture);
                Interlocked.CompareExchange(ref reasons, built, null);
                built = reasons!;
            }

            return built;
        }
    }

    /// <summary>The score of <paramref name="have"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="have"/> is not defined.</exception>
    public int this[Have have] => Scores[have];

    /// <summary>The score of <paramref name="have"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="have"/> is not defined.</exception>
    public int ScoreOf(Have have) => Scores[have];

    /// <summary>Whether <paramref name="have"/> is met.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="have"/> is not defined.</exception>
    public bool IsMet(Have have) =>
        Enum.IsDefined(have) ? ((met >> (int)have) & 1) == 1 : throw new ArgumentOutOfRangeException(nameof(have), have, null);

    /// <summary>Returns a one-line summary such as <c>E1: 82 (Seat 25, Action 19, Attraction 20, Supervision 18) Good</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Enterprise}: {Total} (Seat {Seat}, Action {Action}, Attraction {Attraction}, Supervision {Supervision}) {Grade}{(Vetoed ? " vetoed" : string.Empty)}");
}
