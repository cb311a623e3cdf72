using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>
/// The evaluation section: the host issues each voter a ballot paper and casts the voter's ratings
/// into the fixed or the mobile ballot box (one issuance register; no link from voter to ballot), takes
/// the villager representatives' tellers' count sheet, closes the boxes, tallies, and prints only what
/// anonymity allows to be posted.
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
            CastByBox = boxes.ToDictionary(b => b.Key, b => b.Value.CastCount, StringComparer.Ordinal),
            CastByCountSheet = sheet.Groups.ToDictionary(g => g.Group, g => g.Cast, StringComparer.Ordinal),
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
