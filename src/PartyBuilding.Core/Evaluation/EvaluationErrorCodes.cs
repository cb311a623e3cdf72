namespace PartyBuilding.Core.Evaluation;

/// <summary>Stable error codes of democratic evaluation input, policy and ballot box state (listed in <c>docs/reasons.md</c>).</summary>
public static class EvaluationErrorCodes
{
    /// <summary>The round id is missing (the default id).</summary>
    public const string RoundIdMissing = "EVAL.ROUND_ID_MISSING";

    /// <summary>A round lists no candidate.</summary>
    public const string CandidatesEmpty = "EVAL.CANDIDATES_EMPTY";

    /// <summary>A candidate id is missing (the default id).</summary>
    public const string CandidateIdMissing = "EVAL.CANDIDATE_ID_MISSING";

    /// <summary>A cadre asked for is not a candidate of the round.</summary>
    public const string CandidateUnknown = "EVAL.CANDIDATE_UNKNOWN";

    /// <summary>A candidate is listed twice in a round.</summary>
    public const string CandidateDuplicate = "EVAL.CANDIDATE_DUPLICATE";

    /// <summary>A round has no rater group.</summary>
    public const string GroupsEmpty = "EVAL.GROUPS_EMPTY";

    /// <summary>A rater group is null.</summary>
    public const string GroupMissing = "EVAL.GROUP_MISSING";

    /// <summary>A rater group's name is empty or whitespace.</summary>
    public const string GroupNameEmpty = "EVAL.GROUP_NAME_EMPTY";

    /// <summary>Two rater groups share a name.</summary>
    public const string GroupDuplicate = "EVAL.GROUP_DUPLICATE";

    /// <summary>A rater group has no eligible voter.</summary>
    public const string GroupWithoutVoters = "EVAL.GROUP_WITHOUT_VOTERS";

    /// <summary>A voter id is missing (the default id).</summary>
    public const string VoterIdMissing = "EVAL.VOTER_ID_MISSING";

    /// <summary>A voter is listed twice in one rater group.</summary>
    public const string VoterDuplicate = "EVAL.VOTER_DUPLICATE";

    /// <summary>A voter is listed in two rater groups.</summary>
    public const string VoterInTwoGroups = "EVAL.VOTER_IN_TWO_GROUPS";

    /// <summary>A rater group's weight is zero.</summary>
    public const string WeightNotPositive = "EVAL.WEIGHT_NOT_POSITIVE";

    /// <summary>The rater groups' weights do not sum exactly to 1.</summary>
    public const string WeightsNotOne = "EVAL.WEIGHTS_NOT_ONE";

    /// <summary>The round names no policy version.</summary>
    public const string PolicyVersionEmpty = "EVAL.POLICY_VERSION_EMPTY";

    /// <summary>The round closes before it opens.</summary>
    public const string DatesOutOfOrder = "EVAL.DATES_OUT_OF_ORDER";

    /// <summary>The product of the groups' eligible counts and the weights' common denominator exceeds 2^63 − 1, so a composite share might not be exact in 64-bit terms.</summary>
    public const string RoundTooLarge = "EVAL.ROUND_TOO_LARGE";

    /// <summary>A policy share is above 1 (or a quorum of 0).</summary>
    public const string PolicyShareOutOfRange = "EVAL.POLICY_SHARE_OUT_OF_RANGE";

    /// <summary>Policy thresholds are out of order (a share that meets the adjustment bound must meet the warning and rated-incompetent bounds).</summary>
    public const string PolicyOutOfOrder = "EVAL.POLICY_OUT_OF_ORDER";

    /// <summary>The anonymity minimum is below 1.</summary>
    public const string PolicyAnonymityMinimum = "EVAL.POLICY_ANONYMITY_MINIMUM";

    /// <summary>The round names a policy version the tally does not hold.</summary>
    public const string PolicyVersionUnknown = "EVAL.POLICY_VERSION_UNKNOWN";

    /// <summary>The voter is on no voter list of the round.</summary>
    public const string VoterNotEligible = "EVAL.VOTER_NOT_ELIGIBLE";

    /// <summary>The voter has already been issued a ballot (state error).</summary>
    public const string BallotAlreadyIssued = "EVAL.BALLOT_ALREADY_ISSUED";

    /// <summary>The ballot paper has already been cast (state error).</summary>
    public const string BallotAlreadyCast = "EVAL.BALLOT_ALREADY_CAST";

    /// <summary>The ballot paper was not issued by this box (state error).</summary>
    public const string BallotUnknown = "EVAL.BALLOT_UNKNOWN";

    /// <summary>The ballot box is closed (state error).</summary>
    public const string BoxClosed = "EVAL.BOX_CLOSED";

    /// <summary>The ballot box is still open: its ballots cannot be read (state error).</summary>
    public const string BoxOpen = "EVAL.BOX_OPEN";

    /// <summary>A ballot is null.</summary>
    public const string BallotMissing = "EVAL.BALLOT_MISSING";

    /// <summary>A ballot names no rater group of the round.</summary>
    public const string BallotGroupUnknown = "EVAL.BALLOT_GROUP_UNKNOWN";

    /// <summary>A ballot's ratings are null.</summary>
    public const string BallotRatingsMissing = "EVAL.BALLOT_RATINGS_MISSING";

    /// <summary>A group cast more ballots than it has eligible voters.</summary>
    public const string CastExceedsEligible = "EVAL.CAST_EXCEEDS_ELIGIBLE";

    /// <summary>A ballot rates a non-candidate: it will count as invalid (a warning).</summary>
    public const string BallotRatesNonCandidate = "EVAL.BALLOT_RATES_NON_CANDIDATE";

    /// <summary>A ballot rates a candidate twice: it will count as invalid (a warning).</summary>
    public const string BallotRatesTwice = "EVAL.BALLOT_RATES_TWICE";

    /// <summary>A rating asked for is not one the enumeration defines.</summary>
    public const string RatingUndefined = "EVAL.RATING_UNDEFINED";

    /// <summary>A ballot holds a rating the enumeration does not define: it will count as invalid (a warning).</summary>
    public const string BallotRatingUndefined = "EVAL.BALLOT_RATING_UNDEFINED";

    /// <summary>A rating count is negative.</summary>
    public const string CountNegative = "EVAL.COUNT_NEGATIVE";

    /// <summary>Rating counts add up to more than <see cref="int.MaxValue"/> ballots.</summary>
    public const string CountsTooLarge = "EVAL.COUNTS_TOO_LARGE";

    /// <summary>A ballot box is given no name.</summary>
    public const string BoxNameEmpty = "EVAL.BOX_NAME_EMPTY";

    /// <summary>Another ballot box of the same issuance register has this name.</summary>
    public const string BoxNameDuplicate = "EVAL.BOX_NAME_DUPLICATE";

    /// <summary>A count sheet names a group the round does not have.</summary>
    public const string SheetGroupUnknown = "EVAL.SHEET_GROUP_UNKNOWN";

    /// <summary>A count sheet enters a group twice.</summary>
    public const string SheetGroupDuplicate = "EVAL.SHEET_GROUP_DUPLICATE";

    /// <summary>A count sheet's eligible number for a group differs from the round's.</summary>
    public const string SheetEligibleMismatch = "EVAL.SHEET_ELIGIBLE_MISMATCH";

    /// <summary>A count sheet has more invalid ballots than ballots cast in a group.</summary>
    public const string SheetInvalidExceedsCast = "EVAL.SHEET_INVALID_EXCEEDS_CAST";

    /// <summary>A count sheet has no line for a candidate in a group.</summary>
    public const string SheetCandidateMissing = "EVAL.SHEET_CANDIDATE_MISSING";

    /// <summary>A count sheet has a line for a cadre who is not a candidate.</summary>
    public const string SheetCandidateUnknown = "EVAL.SHEET_CANDIDATE_UNKNOWN";

    /// <summary>A count sheet has two lines for one candidate in a group.</summary>
    public const string SheetCandidateDuplicate = "EVAL.SHEET_CANDIDATE_DUPLICATE";

    /// <summary>A candidate's ratings and abstentions on a count sheet do not add up to the group's valid ballots.</summary>
    public const string SheetCountsDoNotAddUp = "EVAL.SHEET_COUNTS_DO_NOT_ADD_UP";

    /// <summary>A group is entered both as ballots and on a count sheet.</summary>
    public const string GroupEnteredTwice = "EVAL.GROUP_ENTERED_TWICE";
}
