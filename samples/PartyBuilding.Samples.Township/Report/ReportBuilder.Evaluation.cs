using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>
/// The evaluation section: the host issues each voter a ballot paper and casts the voter's ratings
/// into the fixed or the mobile ballot box (one issuance register; no link from voter to ballot), takes
/// the villager representatives' tellers' count sheet, closes the boxes and tallies; then gives the committee's full
/// result or, for the public posting, only what anonymity allows to be posted.
/// </summary>
internal sealed partial class ReportBuilder
{
    private EvaluationSection BuildEvaluation(EvaluationRecord record, bool posting)
    {
        var round = mapper.Guarded($"evaluation (round '{record.Round}')", () => new EvaluationRound(
            new RoundId(record.Round),
            record.Candidates.Select(c => new CadreId(c)),
            record.Groups.Select(g => new RaterGroup(g.Name, ParseRatio(g.Weight, g.Name), g.Voters.Select(v => new VoterId(v)))),
            record.OpensOn,
            record.ClosesOn));

        // A fixed box in the hall and a mobile box (流动票箱) carried to the elderly and sick share one
        // issuance register. The villager representatives vote on paper at their own meeting; their
        // tellers count the papers and bring the count sheet, which the tally takes by the same rules.
        var register = new IssuanceRegister(round);
        var boxes = new Dictionary<string, BallotBox> { ["fixed"] = new BallotBox(register, "fixed"), ["mobile"] = new BallotBox(register, "mobile") };
        const string OnPaper = "Villager representatives";
        var paperBallots = new List<Ballot>();
        for (var i = 0; i < record.Ballots.Count; i++)
        {
            var ballot = record.Ballots[i];
            mapper.Guarded($"evaluation.ballots[{i}]", () =>
            {
                var ratings = ballot.Ratings.Select(r => new CandidateRating(new CadreId(r.Candidate), r.Rating));
                if (round.TryGetGroupOf(new VoterId(ballot.Voter), out var group) && group.Name == OnPaper)
                {
                    paperBallots.Add(new Ballot(group.Name, [.. ratings]));
                    return 0;
                }

                var box = boxes.TryGetValue(ballot.Box ?? "fixed", out var named)
                    ? named
                    : throw new DataException($"{mapper.Source}: evaluation.ballots[{i}]: box '{ballot.Box}' is neither 'fixed' nor 'mobile'");
                box.Cast(box.Issue(new VoterId(ballot.Voter)), ratings);
                return 0;
            });
        }

        foreach (var box in boxes.Values)
        {
            box.Close();
        }

        var tally = services.GetRequiredService<IDemocraticEvaluationTally>();
        var sheet = mapper.Guarded("evaluation (count sheet)", () => new CountSheet([.. tally.Count(round, paperBallots).Groups.Where(g => g.Group == OnPaper)]));
        var result = mapper.Guarded("evaluation", () => tally.Tally(register, sheet, record.RatedIncompetentInPreviousRound.Select(c => new CadreId(c))));
        var published = result.Publish();
        var names = record.Groups.ToDictionary(g => g.Name, g => LocalNames.Pick(g.Name, g.NameZh), StringComparer.Ordinal);
        var withheld = published.WithheldGroups.ToHashSet(StringComparer.Ordinal);

        return new EvaluationSection
        {
            Round = record.Round,
            View = posting ? "Posting" : "Committee",
            Groups = [.. result.Groups.Select(g => new RaterGroupRow(g.Group, names[g.Group], g.Weight.ToString(), g.Eligible, g.Cast, RateRow.Of(g.Cast, g.Eligible), withheld.Contains(g.Group)))],
            Eligible = result.Eligible,
            BallotsCast = result.BallotsCast,
            ValidBallots = result.ValidBallots,
            InvalidBallots = result.InvalidBallots,
            Turnout = RateRow.Of(result.BallotsCast, result.Eligible),
            QuorumMet = result.QuorumMet,
            WithheldGroups = published.WithheldGroups,
            CastByBox = boxes.ToDictionary(b => b.Key, b => b.Value.CastCount, StringComparer.Ordinal),
            CastByCountSheet = sheet.Groups.ToDictionary(g => g.Group, g => g.Cast, StringComparer.Ordinal),
            ByOutcome = Enum.GetValues<EvaluationOutcome>().ToDictionary(o => o.ToString(), o => result.Candidates.Count(c => c.Outcome == o)),
            Cadres = posting ? [.. published.Candidates.Select(p => Posted(p, result.For(p.Candidate), published))] : [.. result.Candidates.Select(Full)],
        };
    }

    /// <summary>The committee's row: the library's full result, every group's counts and every reason as the tally gave it.</summary>
    private static CadreRow Full(CandidateResult c) => new(
        c.Candidate.Value,
        c.Outcome.ToString(),
        c.Counts.Excellent,
        c.Counts.Competent,
        c.Counts.BasicallyCompetent,
        c.Counts.Incompetent,
        c.HasValidRatings ? RateRow.Composite(c.Recognition) : null,
        c.HasValidRatings ? RateRow.Composite(c.IncompetentShare) : null,
        c.Reasons,
        [.. c.Groups.Select(g => GroupRow(g.Group, g.Counts))]);

    /// <summary>
    /// The posting's row: only what <see cref="EvaluationRoundResult.Publish"/> gives. A reason's text is posted when the
    /// figures it names are posted too: always for the quorum (turnout is posted) and for a group left out of the composite
    /// (its name and weight), for no valid ratings when the round totals are posted, and for the composite-share reasons
    /// only when the composites are posted (no group withheld). Otherwise only the code is posted, with a note.
    /// </summary>
    private static CadreRow Posted(PublishedCandidateResult p, CandidateResult full, PublishedRoundResult published)
    {
        bool Postable(Reason reason) => reason.Code switch
        {
            EvaluationReasonCodes.QuorumNotMet or EvaluationReasonCodes.GroupLeftOutOfComposite => true,
            EvaluationReasonCodes.NoValidRatings => published.TotalsPublished,
            _ => p.Recognition is not null,
        };

        return new CadreRow(
            p.Candidate.Value,
            p.Outcome.ToString(),
            p.Totals?.Excellent,
            p.Totals?.Competent,
            p.Totals?.BasicallyCompetent,
            p.Totals?.Incompetent,
            p.Recognition is { } recognition ? RateRow.Composite(recognition) : null,
            p.IncompetentShare is { } share ? RateRow.Composite(share) : null,
            [.. full.Reasons.Select(r => Postable(r) ? r : new Reason(r.Code, Labels.Get("FiguresWithheld")))],
            [.. p.Groups.Select(g => GroupRow(g.Group, g.Counts))]);
    }

    private static CadreGroupRow GroupRow(string group, RatingCounts counts) => new(
        group, counts.Excellent, counts.Competent, counts.BasicallyCompetent, counts.Incompetent,
        RateRow.Of(counts.Recognized, counts.Valid), RateRow.Of(counts.Incompetent, counts.Valid));

    private Ratio ParseRatio(string text, string group)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && long.TryParse(parts[0], out var numerator) && long.TryParse(parts[1], out var denominator) && numerator >= 0 && denominator > 0
            ? new Ratio(numerator, denominator)
            : throw new DataException($"{mapper.Source}: evaluation group '{group}': weight '{text}' is not a fraction such as 1/2");
    }
}
