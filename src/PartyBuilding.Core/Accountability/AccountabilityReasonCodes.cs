namespace PartyBuilding.Core.Accountability;

/// <summary>Stable codes of the reasons behind sanction decisions (listed in <c>docs/reasons.md</c>).</summary>
public static class AccountabilityReasonCodes
{
    /// <summary>The sanction decided (first reason of a decision that is not waived).</summary>
    public const string Sanction = "ACC.SANCTION";

    /// <summary>The base level from the policy table for the misconduct kind and impact.</summary>
    public const string BaseLevel = "ACC.BASE_LEVEL";

    /// <summary>Steps up for prior substantiated cases of the same subject within the look-back window.</summary>
    public const string PriorCases = "ACC.PRIOR_CASES";

    /// <summary>Steps up for obstructing the investigation.</summary>
    public const string Obstruction = "ACC.OBSTRUCTION";

    /// <summary>Steps up for a rectification order missed ("failing to improve efficiency").</summary>
    public const string MissedRectification = "ACC.MISSED_RECTIFICATION";

    /// <summary>Steps down for prompt remedy.</summary>
    public const string PromptRemedy = "ACC.PROMPT_REMEDY";

    /// <summary>The level was capped at the top of the ladder.</summary>
    public const string CappedAtTop = "ACC.CAPPED_AT_TOP";

    /// <summary>The level was held at the bottom of the ladder.</summary>
    public const string HeldAtBottom = "ACC.HELD_AT_BOTTOM";

    /// <summary>Accountability waived: dissent recorded in the collective decision (问责条例 Art. 17).</summary>
    public const string WaivedForDissent = "ACC.WAIVED_DISSENT";

    /// <summary>Accountability waived: force majeure after due diligence (问责条例 Art. 17).</summary>
    public const string WaivedForForceMajeure = "ACC.WAIVED_FORCE_MAJEURE";

    /// <summary>Disclosure required: serious impact.</summary>
    public const string DiscloseSeriousImpact = "ACC.DISCLOSE_SERIOUS_IMPACT";

    /// <summary>Disclosure required: the level is at or above the policy's disclosure level.</summary>
    public const string DiscloseLevel = "ACC.DISCLOSE_LEVEL";
}
