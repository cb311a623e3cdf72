using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The enterprise section: coverage, joint-branch advice, the four haves and model enterprises.</summary>
internal sealed partial class ReportBuilder
{
    private EnterpriseSection BuildEnterprises(TownshipData data, LocalDate asOf)
    {
        var coverage = services.GetRequiredService<ICoverageAnalyzer>();
        var assessor = services.GetRequiredService<IFourHavesAssessor>();
        var enterprises = data.Enterprises.OrderBy(e => e.Id).ToList();

        var township = mapper.Guarded("enterprises", () => coverage.Measure(enterprises, asOf));
        var kinds = enterprises.ToDictionary(e => e.Id, e => mapper.Guarded($"enterprises (id '{e.Id}')", () => coverage.Classify(e, asOf)).Kind);

        // The four haves are assessed where a party organization works: its own, or a joint branch.
        var assessed = enterprises.Where(e => e.Operating && kinds[e.Id] is CoverageKind.OwnOrganization or CoverageKind.JointBranch)
            .Select(e => (Profile: e, Assessment: mapper.Guarded($"enterprises (id '{e.Id}')", () => assessor.Assess(e, asOf))))
            .ToList();
        var summaries = assessed.Select(a => EnterpriseAssessmentSummary.From(a.Profile, kinds[a.Profile.Id], a.Assessment, asOf)).ToList();

        return new EnterpriseSection
        {
            Enterprises = enterprises.Count,
            ByCoverage = Enum.GetValues<CoverageKind>().ToDictionary(k => k.ToString(), township.CountOf).Append(KeyValuePair.Create("NotOperating", township.NotOperating)).ToDictionary(),
            Rates = new Dictionary<string, RateRow>(StringComparer.Ordinal)
            {
                ["OrganizationCoverage"] = RateRow.Of((long)township.OwnOrganization + township.JointBranch, township.Operating),
                ["OwnOrganizationRate"] = RateRow.Of(township.OwnOrganization, township.Operating),
                ["WorkCoverage"] = RateRow.Of((long)township.OwnOrganization + township.JointBranch + township.Instructor, township.Operating),
            },
            JointBranchAdvice = coverage.AdviseJointBranches(enterprises, asOf)
                .Select(g => new JointBranchRow(g.AreaCode, g.AreaCode is null ? null : AreaName(g.AreaCode), [.. g.Enterprises.Select(e => e.Value)], g.FullMembers, g.Reasons)).ToList(),
            Assessed = assessed.Count,
            ByGrade = Enum.GetValues<Grade>().Reverse().ToDictionary(g => g.ToString(), g => assessed.Count(a => a.Assessment.Grade == g)),
            Assessments = assessed.Select(p => p.Assessment).Select(a => new AssessmentRow(
                a.Enterprise.Value, kinds[a.Enterprise].ToString(), a.Seat, a.Action, a.Attraction, a.Supervision, a.Total,
                a.Grade.ToString(), a.Vetoed, [.. a.Unmet.Select(h => h.ToString())], a.Reasons)).ToList(),
            ModelEnterprises = new ModelEnterprisesSpec().Evaluate(summaries).Select(s => s.Id.Value).ToList(),
        };
    }
}
