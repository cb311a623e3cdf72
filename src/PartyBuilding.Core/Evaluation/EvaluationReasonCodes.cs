namespace PartyBuilding.Core.Evaluation;

/// <summary>Stable codes of the reasons behind an evaluation outcome (listed in <c>docs/reasons.md</c>).</summary>
public static class EvaluationReasonCodes
{
    /// <summary>Turnout is below the quorum: outcome Inconclusive.</summary>
    public const string QuorumNotMet = "EVAL.QUORUM_NOT_MET";

    /// <summary>No voter gave the candidate a valid rating: outcome Inconclusive.</summary>
    public const string NoValidRatings = "EVAL.NO_VALID_RATINGS";

    /// <summary>The incompetent share meets the adjustment bound: outcome Adjust.</summary>
    public const string IncompetentShareAdjust = "EVAL.INCOMPETENT_SHARE_ADJUST";

    /// <summary>Rated incompetent in the previous round and again in this one: outcome Adjust (村民委员会组织法 Art. 33).</summary>
    public const string ConsecutiveIncompetent = "EVAL.CONSECUTIVE_INCOMPETENT";

    /// <summary>The incompetent share meets the warning bound: outcome WarningTalk.</summary>
    public const string IncompetentShareWarning = "EVAL.INCOMPETENT_SHARE_WARNING";

    /// <summary>Recognition does not meet its minimum: outcome WarningTalk.</summary>
    public const string RecognitionLow = "EVAL.RECOGNITION_LOW";

    /// <summary>Recognition and incompetent share are within bounds: outcome Retain.</summary>
    public const string WithinBounds = "EVAL.WITHIN_BOUNDS";

    /// <summary>A group gave no valid rating of the candidate; its weight is shared among the other groups.</summary>
    public const string GroupLeftOutOfComposite = "EVAL.GROUP_LEFT_OUT_OF_COMPOSITE";
}
