using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Teams;
using PartyBuilding.Core.Teams.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>
/// The teams section: each village's profile composed from what the host already computed (the evaluation's Adjust
/// outcomes and the accountability cases' adjustment sanctions, the structure data's election dates, the ranking of
/// assessment scores) and from the township's own records; then identification, the review ranking, rectifications,
/// mid-term inspections and cadre training, queried by the library's specifications.
/// </summary>
internal sealed partial class ReportBuilder
{
    private TeamsSection BuildTeams(
        TownshipData data, TeamsRecord record, LocalDate asOf, EvaluationSection? evaluation, AccountabilitySection accountability,
        EducationSection? education, PetitionSection? petitions)
    {
        var assessor = services.GetRequiredService<IWeakTeamAssessor>();
        var training = services.GetRequiredService<ICadreTrainingAssessor>();
        var policies = services.GetRequiredService<PolicySet<TeamsPolicy>>();

        // Cadres to adjust, as the other sections found them: evaluation outcome Adjust, or a sanction of adjustment or above.
        var toAdjust = new HashSet<string>(StringComparer.Ordinal);
        toAdjust.UnionWith(evaluation?.Cadres.Where(c => c.Outcome == "Adjust").Select(c => c.Cadre) ?? []);
        toAdjust.UnionWith(accountability.All.Where(c => c.Sanction is "OrganizationalAdjustment" or "DisciplinarySanction" && c.Subject.StartsWith("cadre:", StringComparison.Ordinal))
            .Select(c => c.Subject["cadre:".Length..]));

        var scores = record.Villages.Select(v => new TeamScore(new OrganizationId(v.Organization), v.AssessmentScore)).ToList();
        var proposal = mapper.Guarded("teams.villages (ranking)", () => assessor.ProposeForReview(scores, asOf));
        var rank = proposal.Ranking.Select((o, i) => (o, Place: proposal.Ranked - i)).ToDictionary(x => x.o, x => x.Place); // lowest first
        var elected = data.Organizations.ToDictionary(o => o.Id, o => o.TermStartedOn, StringComparer.Ordinal);
        var names = data.Organizations.ToDictionary(o => o.Id, Name, StringComparer.Ordinal);
        var cases = record.Rectifications.Select((r, i) => mapper.Guarded($"teams.rectifications[{i}] (id '{r.Id}')", () => Rectification(r, asOf, policies))).ToList();
        var inRectification = cases.Where(c => c.State != RectificationState.Accepted).Select(c => c.Organization.Value).ToHashSet(StringComparer.Ordinal);

        // Required meetings from the education section (periods judged, and those not missed) and petitions in the
        // period from the petitions section; a village neither section covers keeps the figures of its data record.
        var meetings = education?.Organizations.ToDictionary(o => o.Id, StringComparer.Ordinal) ?? [];
        var petitionCounts = petitions?.All.GroupBy(p => p.Village, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal) ?? [];
        var plainFields = new SortedSet<string>(StringComparer.Ordinal);

        var villages = new List<TeamRow>();
        int Plain(int value, string field)
        {
            plainFields.Add(field);
            return value;
        }

        var assessments = new List<TeamAssessmentSummary>();
        var inspections = new List<MidTermInspectionSummary>();
        foreach (var v in record.Villages)
        {
            var id = new OrganizationId(v.Organization);
            var inspection = mapper.Guarded($"teams.villages (id '{v.Organization}')", () => MidTermInspection.Schedule(id, elected.GetValueOrDefault(v.Organization), policies));
            var inspected = v.MidTermInspectedOn <= asOf ? v.MidTermInspectedOn : null;
            inspections.Add(MidTermInspectionSummary.Of(inspection, inspected));
            var profile = new TeamProfile
            {
                Organization = id,
                SecretaryVacantSince = v.SecretaryVacantSince,
                WorkStalled = v.WorkStalled,
                RequiredMeetingsDue = meetings.TryGetValue(v.Organization, out var held) ? held.PeriodsJudged : Plain(v.RequiredMeetingsDue, "RequiredMeetingsDue"),
                RequiredMeetingsHeld = held is not null ? held.PeriodsJudged - held.Missed : Plain(v.RequiredMeetingsHeld, "RequiredMeetingsHeld"),
                LastDevelopmentCandidateOn = v.LastDevelopmentCandidateOn,
                PetitionsInPeriod = petitions is not null ? petitionCounts.GetValueOrDefault(v.Organization) : Plain(v.PetitionsInPeriod, "PetitionsInPeriod"),
                AssessmentRank = rank[id],
                AssessmentRanked = proposal.Ranked,
                PublicSatisfaction = v.PublicSatisfaction is null ? null : ParseRatio(v.PublicSatisfaction, v.Organization),
                ElectionCompletedOnTime = v.ElectionCompletedOnTime,
                CadresAdvisedAdjustNotAdjusted = v.Cadres.Count(c => toAdjust.Contains(c) && !v.CadresAdjusted.Contains(c)),
                MidTermFinding = inspected is null ? null : v.MidTermFinding,
            };
            var assessment = mapper.Guarded($"teams.villages (id '{v.Organization}')", () => assessor.Assess(profile, asOf));
            assessments.Add(TeamAssessmentSummary.Of(assessment, inRectification.Contains(v.Organization)));
            villages.Add(new TeamRow(
                v.Organization,
                names.GetValueOrDefault(v.Organization, v.Organization),
                v.AssessmentScore,
                profile.AssessmentRank!.Value,
                assessment.IsWeakAndLax,
                proposal.Proposed.Contains(id),
                [.. assessment.CriteriaMet.Select(c => c.ToString())],
                inspection.DueOn,
                inspection.StatusOn(asOf, inspected).ToString(),
                assessment.Reasons));
        }

        var caseSummaries = cases.Select(RectificationCaseSummary.Of).ToList();
        var standings = record.Cadres.Select((c, i) => mapper.Guarded($"teams.cadres[{i}] (id '{c.Cadre}')", () => training.Assess(
            new CadreTrainingRecord { Cadre = new CadreId(c.Cadre), ElectedOn = c.ElectedOn, NewCadre = c.NewCadre, Sessions = c.Sessions, Posts = c.Posts }, asOf))).ToList();

        return new TeamsSection
        {
            PlainFields = [.. plainFields],
            Villages = villages,
            WeakAndLax = villages.Count(v => v.WeakAndLax),
            ProposedForReview = [.. proposal.Proposed.Select(o => o.Value)],
            ReviewReasons = proposal.Reasons,
            AwaitingRectification = [.. new TeamsAwaitingRectificationSpec().Evaluate(assessments).Select(a => a.Organization.Value)],
            MidTermDue = [.. new MidTermInspectionsDueSpec(asOf).Evaluate(inspections).Select(i => i.Branch.Value)],
            Rectifications = [.. cases.Select(c => new RectificationRow(c.Id.Value, c.Organization.Value, c.State.ToString(), c.ProgressCheckDue, c.Deadline, c.IsOverdueOn(asOf)))],
            ProgressChecksDue = [.. new ProgressChecksDueSpec(asOf).Evaluate(caseSummaries).Select(c => c.Id.Value)],
            RectificationsOverdue = [.. new RectificationsOverdueSpec(asOf).Evaluate(caseSummaries).Select(c => c.Id.Value)],
            Cadres = [.. standings.Select(s => new CadreTrainingRow(s.Cadre.Value, s.Induction.ToString(), s.Rotation.ToString(), s.IsOverdue, s.Reasons))],
            TrainingOverdue = [.. new CadresWithTrainingOverdueSpec(asOf).Evaluate(standings.Select(CadreTrainingSummary.Of)).Select(c => c.Cadre.Value)],
        };
    }

    /// <summary>A rectification replayed from its record: the steps made by the report date.</summary>
    private static RectificationCase Rectification(RectificationRecord r, LocalDate asOf, PolicySet<TeamsPolicy> policies)
    {
        var c = RectificationCase.Identify(new RectificationCaseId(r.Id), new OrganizationId(r.Organization), r.Criteria, r.IdentifiedOn, policies);
        foreach (var step in r.Steps.Where(s => s.On <= asOf))
        {
            switch (step.Kind)
            {
                case RectificationStepKind.ApprovePlan:
                    c.ApprovePlan(step.On, step.Text ?? string.Empty);
                    break;
                case RectificationStepKind.CheckProgress:
                    c.CheckProgress(step.On, step.Text ?? string.Empty);
                    break;
                case RectificationStepKind.Extend:
                    c.Extend(step.On, step.Months, step.Text ?? string.Empty);
                    break;
                default:
                    c.Accept(step.On);
                    break;
            }
        }

        return c;
    }
}

/// <summary>Village teams: identification, the review ranking, rectification, mid-term inspection, cadre training.</summary>
internal sealed record TeamsSection
{
    /// <summary>Profile fields taken as plain data from the file (no section computes them on this branch yet).</summary>
    public required IReadOnlyList<string> PlainFields { get; init; }

    public required IReadOnlyList<TeamRow> Villages { get; init; }

    public required int WeakAndLax { get; init; }

    /// <summary>Proposed by the ranking for review; proposed is not identified.</summary>
    public required IReadOnlyList<string> ProposedForReview { get; init; }

    public required IReadOnlyList<Reason> ReviewReasons { get; init; }

    public required IReadOnlyList<string> AwaitingRectification { get; init; }

    public required IReadOnlyList<string> MidTermDue { get; init; }

    public required IReadOnlyList<RectificationRow> Rectifications { get; init; }

    public required IReadOnlyList<string> ProgressChecksDue { get; init; }

    public required IReadOnlyList<string> RectificationsOverdue { get; init; }

    public required IReadOnlyList<CadreTrainingRow> Cadres { get; init; }

    public required IReadOnlyList<string> TrainingOverdue { get; init; }
}

internal sealed record TeamRow(string Id, string Name, int Score, int Rank, bool WeakAndLax, bool ProposedForReview, IReadOnlyList<string> Criteria, LocalDate MidTermDueOn, string MidTerm, IReadOnlyList<Reason> Reasons);

internal sealed record RectificationRow(string Id, string Organization, string State, LocalDate ProgressCheckDue, LocalDate Deadline, bool Overdue);

internal sealed record CadreTrainingRow(string Cadre, string Induction, string Rotation, bool Overdue, IReadOnlyList<Reason> Reasons);
