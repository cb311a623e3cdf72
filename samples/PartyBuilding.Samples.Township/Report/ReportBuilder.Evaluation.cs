using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>
/// The evaluation section: the host issues each voter a ballot paper and casts the voter's ratings
/// into the library's ballot box (which keeps no link from voter to ballot), closes it, tallies,
/// and prints only what anonymity allows to be posted.
/// </summary>
internal sealed partial class ReportBuilder
{
    private EvaluationSection BuildEvaluation(EvaluationRecord record)
    {
        var round = mapper.Guarded($"evaluation (round '{record.Round}')", () => new EvaluationRound(
            new RoundId(record.Round),
            record.Candidates.Select(c => new CadreId(c)),
            record.Groups.Select(g => new RaterGroup(g.Name, ParseRatio(g.Weight, g.Name), g.Voters.Select(v => new VoterId(v)))),
            record.OpensOn,
            record.ClosesOn));

        var box = new BallotBox(round);
        for (var i = 0; i < record.Ballots.Count; i++)
        {
            var ballot = record.Ballots[i];
            mapper.Guarded($"evaluation.ballots[{i}]", () =>
            {
                var paper = box.Issue(new VoterId(ballot.Voter));
                box.Cast(paper, ballot.Ratings.Select(r => new CandidateRating(new CadreId(r.Candidate), r.Rating)));
                return 0;
            });
        }

        box.Close();
        var tally = services.GetRequiredService<IDemocraticEvaluationTally>();
        var result = mapper.Guarded("evaluation", () => tally.Tally(box, record.RatedIncompetentInPreviousRound.Select(c => new CadreId(c))));
        var published = result.Publish();

        return new EvaluationSection
        {
            Round = record.Round,
            Eligible = result.Eligible,
            BallotsCast = result.BallotsCast,
            ValidBallots = result.ValidBallots,
            InvalidBallots = result.InvalidBallots,
            Turnout = RateRow.Of(result.Turnout),
            QuorumMet = result.QuorumMet,
            WithheldGroups = published.WithheldGroups,
            ByOutcome = Enum.GetValues<EvaluationOutcome>().ToDictionary(o => o.ToString(), o => result.Candidates.Count(c => c.Outcome == o)),
            Cadres = published.Candidates.Select(p =>
            {
                // A reason's text carries the composite figures; when a group is withheld those could
                // narrow down its ballots, so only the codes are shown (the outcome stays explained by them).
                var reasons = published.WithheldGroups.Count == 0
                    ? result.For(p.Candidate).Reasons
                    : [.. result.For(p.Candidate).Reasons.Select(r => new Reason(r.Code, Labels.Get("FiguresWithheld")))];
                return new CadreRow(
                    p.Candidate.Value,
                    p.Outcome.ToString(),
                    p.Totals?.Excellent,
                    p.Totals?.Competent,
                    p.Totals?.BasicallyCompetent,
                    p.Totals?.Incompetent,
                    p.Recognition is { } recognition ? RateRow.Of(recognition) : null,
                    p.IncompetentShare is { } share ? RateRow.Of(share) : null,
                    reasons);
            }).ToList(),
        };
    }

    private Ratio ParseRatio(string text, string group)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && long.TryParse(parts[0], out var numerator) && long.TryParse(parts[1], out var denominator) && numerator >= 0 && denominator > 0
            ? new Ratio(numerator, denominator)
            : throw new DataException($"{mapper.Source}: evaluation group '{group}': weight '{text}' is not a fraction such as 1/2");
    }
}
