using FluentValidation.Results;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The democratic evaluation tally (民主评议计票): counts ballots per group and candidate into arrays
/// (no allocation per ballot), computes exact shares and composites, and applies
/// <see cref="EvaluationPolicy"/>'s outcome rule.
/// </summary>
/// <remarks>
/// Pure and thread-safe; every policy version is validated once, at construction. A round is tallied
/// under the version of the set whose label it names (<see cref="EvaluationRound.PolicyVersion"/>),
/// and the result names that version; a round naming a label the set does not hold is refused
/// (<c>EVAL.POLICY_VERSION_UNKNOWN</c>). A tally built from a single policy holds a set of one.
/// </remarks>
public sealed class DemocraticEvaluationTally : IDemocraticEvaluationTally
{
    private const int RatingCount = 4;
    private readonly PolicySet<EvaluationPolicy> policies;

    /// <summary>Creates a tally holding one policy version, <paramref name="policy"/> labelled <paramref name="label"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="label">The label of the version; only rounds naming it are tallied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent, or the label is empty.</exception>
    public DemocraticEvaluationTally(EvaluationPolicy policy, string label = PolicySet.DefaultLabel)
        : this(PolicySet.Of(policy, label), nameof(policy))
    {
    }

    /// <summary>Creates a tally that applies to each round the version of <paramref name="policies"/> the round names.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent.</exception>
    public DemocraticEvaluationTally(PolicySet<EvaluationPolicy> policies)
        : this(policies, nameof(policies))
    {
    }

    private DemocraticEvaluationTally(PolicySet<EvaluationPolicy> policies, string name)
    {
        ArgumentNullException.ThrowIfNull(policies, name);
        this.policies = policies.ThrowIfInvalid(new Validation.EvaluationPolicyValidator(), name);
    }

    /// <inheritdoc />
    public EvaluationRoundResult Tally(BallotBox box) => Tally(box, []);

    /// <inheritdoc />
    public EvaluationRoundResult Tally(EvaluationRound round, IEnumerable<Ballot> ballots) => Tally(round, ballots, []);

    /// <inheritdoc />
    public EvaluationRoundResult Tally(BallotBox box, IEnumerable<CadreId> ratedIncompetentInPreviousRound)
    {
        ArgumentNullException.ThrowIfNull(box);
        return Tally(box.Register, ratedIncompetentInPreviousRound);
    }

    /// <inheritdoc />
    public EvaluationRoundResult Tally(IssuanceRegister issuance) => Tally(issuance, []);

    /// <inheritdoc />
    public EvaluationRoundResult Tally(IssuanceRegister issuance, IEnumerable<CadreId> ratedIncompetentInPreviousRound)
    {
        ArgumentNullException.ThrowIfNull(issuance);
        return Counted(issuance.Round, issuance.ClosedBallots(), null, ratedIncompetentInPreviousRound);
    }

    /// <inheritdoc />
    public EvaluationRoundResult Tally(IssuanceRegister issuance, CountSheet sheet, IEnumerable<CadreId> ratedIncompetentInPreviousRound)
    {
        ArgumentNullException.ThrowIfNull(issuance);
        ArgumentNullException.ThrowIfNull(sheet);
        return Counted(issuance.Round, issuance.ClosedBallots(), sheet, ratedIncompetentInPreviousRound);
    }

    /// <inheritdoc />
    public EvaluationRoundResult Tally(EvaluationRound round, IEnumerable<Ballot> ballots, IEnumerable<CadreId> ratedIncompetentInPreviousRound)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        return Counted(round, ballots, null, ratedIncompetentInPreviousRound);
    }

    /// <inheritdoc />
    public EvaluationRoundResult Tally(EvaluationRound round, CountSheet sheet) => Tally(round, sheet, []);

    /// <inheritdoc />
    public EvaluationRoundResult Tally(EvaluationRound round, CountSheet sheet, IEnumerable<CadreId> ratedIncompetentInPreviousRound)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Counted(round, [], sheet, ratedIncompetentInPreviousRound);
    }

    /// <inheritdoc />
    public EvaluationRoundResult Tally(EvaluationRound round, IEnumerable<Ballot> ballots, CountSheet sheet, IEnumerable<CadreId> ratedIncompetentInPreviousRound)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(sheet);
        return Counted(round, ballots, sheet, ratedIncompetentInPreviousRound);
    }

    /// <inheritdoc />
    public CountSheet Count(EvaluationRound round, IEnumerable<Ballot> ballots)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(ballots);
        var failures = new List<ValidationFailure>();
        var counter = new Counter(round);
        foreach (var ballot in ballots)
        {
            counter.Count(ballot, failures);
        }

        CheckEligible(round, counter, failures);
        Failures.ThrowIfAny(failures);
        return counter.ToSheet();
    }

    /// <summary>
    /// The one path of every tally: ballots are counted and sheet groups entered into the same arrays, and
    /// the outcome is decided from the arrays alone, so a sheet and the ballots it counts decide alike.
    /// </summary>
    private EvaluationRoundResult Counted(EvaluationRound round, IEnumerable<Ballot> ballots, CountSheet? sheet, IEnumerable<CadreId> ratedIncompetentInPreviousRound)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(ratedIncompetentInPreviousRound);
        var failures = new List<ValidationFailure>();
        if (!policies.TryGet(round.PolicyVersion, out var version))
        {
            failures.Add(Failures.Of(nameof(round) + "." + nameof(round.PolicyVersion), EvaluationErrorCodes.PolicyVersionUnknown, round.PolicyVersion, round.PolicyVersion));
        }

        var previous = Previous(ratedIncompetentInPreviousRound, failures);

        var counter = new Counter(round);
        foreach (var ballot in ballots)
        {
            counter.Count(ballot, failures);
        }

        if (sheet is not null)
        {
            var sheetFailures = new Validation.CountSheetValidator(round).Validate(sheet).Errors;
            foreach (var failure in sheetFailures)
            {
                failure.PropertyName = nameof(sheet) + "." + failure.PropertyName;
                failures.Add(failure);
            }

            if (sheetFailures.Count == 0)
            {
                foreach (var group in sheet.Groups)
                {
                    counter.Enter(group, failures);
                }
            }
        }

        CheckEligible(round, counter, failures);
        Failures.ThrowIfAny(failures);

        var turnouts = new GroupTurnout[round.Groups.Count];
        for (var g = 0; g < turnouts.Length; g++)
        {
            var group = round.Groups[g];
            turnouts[g] = new GroupTurnout(group.Name, group.Weight, group.EligibleCount, counter.ValidBallots[g], counter.InvalidBallots[g]);
        }

        return Decide(round, version!, turnouts, counter.Counts, previous);
    }

    private static void CheckEligible(EvaluationRound round, Counter counter, List<ValidationFailure> failures)
    {
        for (var g = 0; g < round.Groups.Count; g++)
        {
            var group = round.Groups[g];
            var cast = (long)counter.ValidBallots[g] + counter.InvalidBallots[g];
            if (cast > group.EligibleCount && !counter.Entered[g])
            {
                failures.Add(Failures.Of($"ballots[{group.Name}]", EvaluationErrorCodes.CastExceedsEligible, cast, group.Name, cast, group.EligibleCount));
            }
        }
    }

    private static HashSet<CadreId> Previous(IEnumerable<CadreId> cadres, List<ValidationFailure> failures)
    {
        var set = new HashSet<CadreId>();
        var i = 0;
        foreach (var cadre in cadres)
        {
            if (cadre.IsDefault)
            {
                failures.Add(Failures.Of($"ratedIncompetentInPreviousRound[{i}]", EvaluationErrorCodes.CandidateIdMissing, null));
            }
            else
            {
                set.Add(cadre);
            }

            i++;
        }

        return set;
    }

    private static EvaluationRoundResult Decide(EvaluationRound round, PolicyVersion<EvaluationPolicy> version, GroupTurnout[] turnouts, int[] counts, HashSet<CadreId> previous)
    {
        var policy = version.Policy;
        var cast = 0;
        foreach (var t in turnouts)
        {
            cast += t.Cast;
        }

        var eligible = round.EligibleCount;
        var quorumMet = policy.Quorum.IsMetBy(cast, eligible);
        var turnout = Ratio.Of(cast, eligible);

        // Weights over a common denominator: weight g = shares[g] / common. Fits in 64 bits (the round validator checks).
        long common = 1;
        foreach (var group in round.Groups)
        {
            common = checked(common / (long)Gcd(common, group.Weight.Denominator) * group.Weight.Denominator);
        }

        var shares = new long[turnouts.Length];
        for (var g = 0; g < shares.Length; g++)
        {
            shares[g] = round.Groups[g].Weight.Numerator * (common / round.Groups[g].Weight.Denominator);
        }

        var candidateCount = round.Candidates.Count;
        var results = new CandidateResult[candidateCount];
        var groupCounts = new RatingCounts[turnouts.Length];
        for (var c = 0; c < candidateCount; c++)
        {
            var total = default(RatingCounts);
            long includedShares = 0;
            for (var g = 0; g < turnouts.Length; g++)
            {
                var at = ((g * candidateCount) + c) * RatingCount;
                var rated = counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3];
                groupCounts[g] = new RatingCounts(counts[at], counts[at + 1], counts[at + 2], counts[at + 3], turnouts[g].ValidBallots - rated, turnouts[g].InvalidBallots);
                total += groupCounts[g];
                if (rated > 0)
                {
                    includedShares += shares[g];
                }
            }

            var (recognition, incompetent) = Composite(groupCounts, shares);
            var groups = new CandidateGroupResult[turnouts.Length];
            for (var g = 0; g < groups.Length; g++)
            {
                var effective = groupCounts[g].Valid > 0 ? Ratio.Of(shares[g], includedShares) : Ratio.Zero;
                groups[g] = new CandidateGroupResult(turnouts[g].Group, turnouts[g].Weight, groupCounts[g], effective);
            }

            var candidate = round.Candidates[c];
            var wasIncompetent = previous.Contains(candidate);
            var ratedIncompetent = quorumMet && total.Valid > 0 && policy.RatedIncompetentShare.IsMetBy(incompetent);
            var reasons = new List<Reason>(3);
            var outcome = Outcome(policy, quorumMet, total, cast, eligible, turnout, recognition, incompetent, wasIncompetent, ratedIncompetent, reasons);
            if (quorumMet && total.Valid > 0)
            {
                foreach (var group in groups)
                {
                    if (!group.InComposite)
                    {
                        reasons.Add(Reason.Of(EvaluationReasonCodes.GroupLeftOutOfComposite, group.Group, group.Weight));
                    }
                }
            }

            results[c] = new CandidateResult
            {
                Candidate = candidate,
                Counts = total,
                Groups = Array.AsReadOnly(groups),
                Turnout = turnout,
                Recognition = recognition,
                IncompetentShare = incompetent,
                RatedIncompetent = ratedIncompetent,
                RatedIncompetentInPreviousRound = wasIncompetent,
                Outcome = outcome,
                Reasons = reasons.AsReadOnly(),
            };
        }

        return new EvaluationRoundResult(round, version, turnouts, results, quorumMet);
    }

    private static EvaluationOutcome Outcome(
        EvaluationPolicy policy,
        bool quorumMet,
        RatingCounts total,
        int cast,
        int eligible,
        Ratio turnout,
        Ratio recognition,
        Ratio incompetent,
        bool wasIncompetent,
        bool ratedIncompetent,
        List<Reason> reasons)
    {
        if (!quorumMet)
        {
            reasons.Add(Reason.Of(EvaluationReasonCodes.QuorumNotMet, cast, eligible, turnout, turnout.ToPercent(), policy.Quorum));
            return EvaluationOutcome.Inconclusive;
        }

        if (total.Valid == 0)
        {
            reasons.Add(Reason.Of(EvaluationReasonCodes.NoValidRatings, total.Cast, total.Abstaining, total.Invalid));
            return EvaluationOutcome.Inconclusive;
        }

        if (policy.AdjustIncompetentShare.IsMetBy(incompetent))
        {
            reasons.Add(Reason.Of(EvaluationReasonCodes.IncompetentShareAdjust, incompetent, incompetent.ToPercent(), policy.AdjustIncompetentShare));
        }

        if (wasIncompetent && ratedIncompetent)
        {
            reasons.Add(Reason.Of(EvaluationReasonCodes.ConsecutiveIncompetent, incompetent, incompetent.ToPercent(), policy.RatedIncompetentShare));
        }

        if (reasons.Count > 0)
        {
            return EvaluationOutcome.Adjust;
        }

        if (policy.WarningIncompetentShare.IsMetBy(incompetent))
        {
            reasons.Add(Reason.Of(EvaluationReasonCodes.IncompetentShareWarning, incompetent, incompetent.ToPercent(), policy.WarningIncompetentShare));
        }

        if (!policy.MinimumRecognition.IsMetBy(recognition))
        {
            reasons.Add(Reason.Of(EvaluationReasonCodes.RecognitionLow, recognition, recognition.ToPercent(), policy.MinimumRecognition));
        }

        if (reasons.Count > 0)
        {
            return EvaluationOutcome.WarningTalk;
        }

        reasons.Add(Reason.Of(
            EvaluationReasonCodes.WithinBounds,
            recognition,
            recognition.ToPercent(),
            policy.MinimumRecognition,
            incompetent,
            incompetent.ToPercent(),
            policy.WarningIncompetentShare));
        return EvaluationOutcome.Retain;
    }

    /// <summary>
    /// Σ share_g · part_g / valid_g ÷ Σ share_g over the groups with valid ratings, exactly: over the
    /// common denominator Π valid_g · Σ share_g, which the round validator bounds by 2^63 − 1.
    /// </summary>
    private static (Ratio Recognition, Ratio Incompetent) Composite(RatingCounts[] groups, long[] shares)
    {
        Int128 product = 1;
        Int128 shareSum = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g].Valid > 0)
            {
                product *= groups[g].Valid;
                shareSum += shares[g];
            }
        }

        if (shareSum == 0)
        {
            return (Ratio.Zero, Ratio.Zero);
        }

        Int128 recognized = 0, incompetent = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g].Valid > 0)
            {
                var others = product / groups[g].Valid;
                recognized += (Int128)shares[g] * groups[g].Recognized * others;
                incompetent += (Int128)shares[g] * groups[g].Incompetent * others;
            }
        }

        var denominator = product * shareSum;
        return (Exact(recognized, denominator), Exact(incompetent, denominator));
    }

    private static Ratio Exact(Int128 numerator, Int128 denominator)
    {
        var divisor = Gcd(numerator, denominator);
        return Ratio.Of((long)(numerator / divisor), (long)(denominator / divisor));
    }

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }

    /// <summary>Counts ballots into arrays sized groups × candidates × ratings; allocates nothing per ballot.</summary>
    private sealed class Counter
    {
        private readonly EvaluationRound round;
        private readonly int candidates;
        private readonly int[] stamp;
        private readonly int[] slots;
        private int ordinal;

        public Counter(EvaluationRound round)
        {
            this.round = round;
            candidates = round.Candidates.Count;
            Counts = new int[round.Groups.Count * candidates * RatingCount];
            ValidBallots = new int[round.Groups.Count];
            InvalidBallots = new int[round.Groups.Count];
            Entered = new bool[round.Groups.Count];
            stamp = new int[candidates];
            slots = new int[candidates];
        }

        public int[] Counts { get; }

        public int[] ValidBallots { get; }

        public int[] InvalidBallots { get; }

        /// <summary>Which groups a count sheet entered (their ballots are counted by the sheet, not here).</summary>
        public bool[] Entered { get; }

        /// <summary>Enters one group of a checked count sheet into the arrays the ballots are counted into.</summary>
        public void Enter(GroupCount sheet, List<ValidationFailure> failures)
        {
            round.TryGetGroupIndex(sheet.Group, out var group);
            if (ValidBallots[group] + InvalidBallots[group] > 0)
            {
                failures.Add(Failures.Of($"sheet.Groups[{sheet.Group}]", EvaluationErrorCodes.GroupEnteredTwice, sheet.Group, sheet.Group));
                return;
            }

            Entered[group] = true;
            ValidBallots[group] = sheet.Cast - sheet.Invalid;
            InvalidBallots[group] = sheet.Invalid;
            var offset = group * candidates * RatingCount;
            foreach (var line in sheet.Candidates)
            {
                round.TryGetCandidateIndex(line.Candidate, out var index);
                var at = offset + (index * RatingCount);
                Counts[at + (int)Rating.Excellent] = line.Excellent;
                Counts[at + (int)Rating.Competent] = line.Competent;
                Counts[at + (int)Rating.BasicallyCompetent] = line.BasicallyCompetent;
                Counts[at + (int)Rating.Incompetent] = line.Incompetent;
            }
        }

        /// <summary>The arrays as a tellers' sheet: every group of the round, every candidate, in the round's order.</summary>
        public CountSheet ToSheet()
        {
            var groups = new GroupCount[round.Groups.Count];
            for (var g = 0; g < groups.Length; g++)
            {
                var lines = new CandidateCount[candidates];
                for (var c = 0; c < candidates; c++)
                {
                    var at = ((g * candidates) + c) * RatingCount;
                    var rated = Counts[at] + Counts[at + 1] + Counts[at + 2] + Counts[at + 3];
                    lines[c] = new CandidateCount(round.Candidates[c], Counts[at], Counts[at + 1], Counts[at + 2], Counts[at + 3], ValidBallots[g] - rated);
                }

                groups[g] = new GroupCount(round.Groups[g].Name, round.Groups[g].EligibleCount, ValidBallots[g] + InvalidBallots[g], InvalidBallots[g], lines);
            }

            return new CountSheet(groups);
        }

        public void Count(Ballot? ballot, List<ValidationFailure> failures)
        {
            ordinal++;
            if (ballot is null)
            {
                failures.Add(Failures.Of($"ballots[{ordinal - 1}]", EvaluationErrorCodes.BallotMissing, null, ordinal - 1));
                return;
            }

            if (!round.TryGetGroupIndex(ballot.Group, out var group))
            {
                failures.Add(Failures.Of($"ballots[{ordinal - 1}].Group", EvaluationErrorCodes.BallotGroupUnknown, ballot.Group, ballot.Group));
                return;
            }

            if (ballot.Ratings is null)
            {
                failures.Add(Failures.Of($"ballots[{ordinal - 1}].Ratings", EvaluationErrorCodes.BallotRatingsMissing, null));
                return;
            }

            var lines = Classify(ballot.Lines);
            if (lines < 0)
            {
                InvalidBallots[group]++;
                return;
            }

            ValidBallots[group]++;
            var offset = group * candidates * RatingCount;
            for (var i = 0; i < lines; i++)
            {
                Counts[offset + slots[i]]++;
            }
        }

        /// <summary>The number of lines of a valid ballot, with their slots in <see cref="slots"/>; −1 for an invalid ballot.</summary>
        private int Classify(ReadOnlySpan<CandidateRating> lines)
        {
            if (lines.Length > candidates)
            {
                return -1;
            }

            for (var i = 0; i < lines.Length; i++)
            {
                if (!Slot(lines[i], i))
                {
                    return -1;
                }
            }

            return lines.Length;
        }

        private bool Slot(CandidateRating line, int i)
        {
            // An undefined rating (negative included) makes the ballot invalid: it is never used as an index.
            if (!line.HasDefinedRating || !round.TryGetCandidateIndex(line.Candidate, out var index) || stamp[index] == ordinal)
            {
                return false;
            }

            stamp[index] = ordinal;
            slots[i] = (index * RatingCount) + (int)line.Rating;
            return true;
        }
    }
}
