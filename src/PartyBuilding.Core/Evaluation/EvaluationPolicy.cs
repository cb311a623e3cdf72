namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// Thresholds of democratic evaluation (民主评议). Every bound is local practice (no national
/// scorecard fixes them), is an exact <see cref="RatioThreshold"/> whose inclusiveness is part of the
/// value, and is listed with its source in <c>docs/policies.md</c>.
/// </summary>
/// <remarks>
/// The outcome rule, in order: <see cref="EvaluationOutcome.Inconclusive"/> when turnout does not meet
/// <see cref="Quorum"/> (or nobody rated the candidate validly); <see cref="EvaluationOutcome.Adjust"/>
/// when the incompetent share meets <see cref="AdjustIncompetentShare"/>, or when the cadre was rated
/// incompetent in the previous round and is rated incompetent again (share meets
/// <see cref="RatedIncompetentShare"/>); <see cref="EvaluationOutcome.WarningTalk"/> when the
/// incompetent share meets <see cref="WarningIncompetentShare"/> or recognition does not meet
/// <see cref="MinimumRecognition"/>; <see cref="EvaluationOutcome.Retain"/> otherwise.
/// </remarks>
public sealed record EvaluationPolicy
{
    /// <summary>The local-practice defaults.</summary>
    public static EvaluationPolicy Default { get; } = new();

    /// <summary>
    /// The turnout a round needs for any advice: ballots cast ÷ eligible voters, over all groups,
    /// must meet it.
    /// </summary>
    /// <value>The default value is at least 2/3, inclusive (local practice example: a meeting is valid with two thirds present).</value>
    public RatioThreshold Quorum { get; init; } = RatioThreshold.AtLeast(2, 3);

    /// <summary>The incompetent share (composite across groups) that advises adjustment.</summary>
    /// <value>The default value is at least 1/2, inclusive (local practice example: half the valid ratings incompetent).</value>
    public RatioThreshold AdjustIncompetentShare { get; init; } = RatioThreshold.AtLeast(1, 2);

    /// <summary>
    /// The incompetent share at which a cadre counts as <b>rated incompetent</b> in a round, for the
    /// rule that two consecutive incompetent ratings advise adjustment (村民委员会组织法 Art. 33). A
    /// cadre is rated incompetent in a round when the round met its quorum and the cadre's composite
    /// incompetent share meets this bound (<see cref="CandidateResult.RatedIncompetent"/>).
    /// </summary>
    /// <value>The default value is more than 1/3, exclusive (local practice example: the warning bar; two such ratings in a row end a village committee member's office).</value>
    public RatioThreshold RatedIncompetentShare { get; init; } = RatioThreshold.MoreThan(1, 3);

    /// <summary>The incompetent share (composite) that advises a warning talk.</summary>
    /// <value>The default value is more than 1/3, exclusive (local practice example).</value>
    public RatioThreshold WarningIncompetentShare { get; init; } = RatioThreshold.MoreThan(1, 3);

    /// <summary>
    /// The recognition (composite share of Excellent + Competent among valid ratings) a cadre must
    /// meet; below it a warning talk is advised.
    /// </summary>
    /// <value>The default value is at least 3/5 (60 %), inclusive (local practice example).</value>
    public RatioThreshold MinimumRecognition { get; init; } = RatioThreshold.AtLeast(3, 5);

    /// <summary>
    /// The fewest ballots a rater group (and any set of withheld groups) must hold for its breakdown
    /// to be published (<see cref="EvaluationRoundResult.Publish"/>).
    /// </summary>
    /// <value>The default value is 5 ballots (local practice example: small-cell suppression for anonymity).</value>
    public int AnonymityMinimumBallots { get; init; } = 5;
}
