using System.Globalization;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// The four-haves assessment of one enterprise: the score of each have (0 to its maximum, 25 by default),
/// the total (0–100 by default), the haves met, the grade after any veto, the scorecard version that decided
/// it, and the reasons.
/// </summary>
/// <remarks>
/// Made only by <see cref="FourHavesAssessor"/>, so its figures always agree with each other and with the
/// version it names. Immutable and thread-safe; its lists are read-only. <see cref="Reasons"/> are written in
/// the UI culture of the call that made the assessment and keep their figures, so
/// <see cref="Reason.MessageIn"/> renders them in any other culture.
/// </remarks>
public sealed class FourHavesAssessment
{
    internal FourHavesAssessment(
        EnterpriseId enterprise,
        string policyLabel,
        HaveScores scores,
        IReadOnlyList<Have> met,
        IReadOnlyList<Have> unmet,
        Grade uncappedGrade,
        GradeBand band,
        Grade grade,
        bool vetoed,
        bool isModel,
        IReadOnlyList<Reason> reasons)
    {
        Enterprise = enterprise;
        PolicyLabel = policyLabel;
        Scores = scores;
        Met = met;
        Unmet = unmet;
        UncappedGrade = uncappedGrade;
        Band = band;
        Grade = grade;
        Vetoed = vetoed;
        IsModel = isModel;
        Reasons = reasons;
    }

    /// <summary>The enterprise assessed.</summary>
    public EnterpriseId Enterprise { get; }

    /// <summary>The label of the scorecard version that decided the assessment: the one in force on its as-of date.</summary>
    public string PolicyLabel { get; }

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
    public IReadOnlyList<Have> Met { get; }

    /// <summary>The haves not met, in <see cref="Have"/> order.</summary>
    public IReadOnlyList<Have> Unmet { get; }

    /// <summary>Whether all four haves are met.</summary>
    public bool AllMet => Unmet.Count == 0;

    /// <summary>The grade the total earns before veto items.</summary>
    public Grade UncappedGrade { get; }

    /// <summary>The band of the policy the total fell in (before veto items): its grade is <see cref="UncappedGrade"/>; a table with its own levels (star levels) names it by <see cref="GradeBand.Key"/>.</summary>
    public GradeBand Band { get; }

    /// <summary>The key of the band the total fell in (for example <c>STAR.4</c>), or null when the band has none (as in the default table).</summary>
    public string? BandKey => Band.Key;

    /// <summary>The grade: the total's band, capped by any veto item that applies.</summary>
    public Grade Grade { get; }

    /// <summary>Whether a veto item applies (一票否决).</summary>
    public bool Vetoed { get; }

    /// <summary>
    /// Whether the enterprise is a model (示范点): all four haves met, no veto item applies, and a grade at least
    /// the policy's model grade (Good by default) — the same test as <see cref="Specifications.ModelEnterprisesSpec"/>.
    /// </summary>
    public bool IsModel { get; }

    /// <summary>
    /// The reasons, most decisive first: each fact the table reads that the enterprise did not give (counted as 0),
    /// each veto item that applies, each unmet have (score, maximum, points needed), the indicators that cost the
    /// most points, all-met and model when so, the grade band, and the band's own level when it has a key.
    /// </summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The score of <paramref name="have"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    public int this[Have have] => Scores[have];

    /// <summary>The score of <paramref name="have"/>.</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    public int ScoreOf(Have have) => Scores[have];

    /// <summary>Whether <paramref name="have"/> is met.</summary>
    /// <exception cref="InvalidInputException"><paramref name="have"/> is not defined (code <c>FH.ENUM_UNDEFINED</c>).</exception>
    public bool IsMet(Have have) =>
        Enum.IsDefined(have) ? Met.Contains(have) : throw UndefinedValue.Of(have, nameof(have));

    /// <summary>Returns a one-line summary such as <c>E1: 82 (Seat 25, Action 19, Attraction 20, Supervision 18) Good [default]</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Enterprise}: {Total} (Seat {Seat}, Action {Action}, Attraction {Attraction}, Supervision {Supervision}) {Grade}{(Vetoed ? " vetoed" : string.Empty)} [{PolicyLabel}]");
}
