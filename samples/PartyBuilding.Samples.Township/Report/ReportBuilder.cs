using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Runs every capability of the library on a township, through the services <c>AddPartyBuilding</c> registered.</summary>
internal sealed partial class ReportBuilder(IServiceProvider services, TownshipMapper mapper)
{
    /// <summary>The committee's report: every section, the evaluation with full figures and reasons.</summary>
    public TownshipReport Build(TownshipData data, LocalDate asOf) => Build(data, asOf, posting: false);

    /// <summary>
    /// The public posting of the evaluation. The whole township is still built, so bad data anywhere is refused as for
    /// the report; only the evaluation, in its posting view, is kept.
    /// </summary>
    /// <exception cref="DataException">The data holds no democratic evaluation to post.</exception>
    public EvaluationPosting BuildPosting(TownshipData data, LocalDate asOf)
    {
        var report = Build(data, asOf, posting: true);
        return new EvaluationPosting
        {
            Township = report.Township,
            AsOf = report.AsOf,
            Culture = report.Culture,
            View = "Posting",
            Evaluation = report.Evaluation ?? throw new DataException($"{mapper.Source}: --posting: the township holds no democratic evaluation to post"),
        };
    }

    private TownshipReport Build(TownshipData data, LocalDate asOf, bool posting)
    {
        areaNames = data.Areas.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => LocalNames.Pick(g.First().Name, g.First().NameZh), StringComparer.Ordinal);
        // Building the registry validates the whole organization list before anything is decided.
        var registry = mapper.Registry(data);
        var evaluation = data.Evaluation is null ? null : BuildEvaluation(data.Evaluation, posting);
        var accountability = BuildAccountability(data, asOf);
        var education = data.Education is null ? null : BuildEducation(data, data.Education, asOf);
        var petitions = data.Petitions.Count == 0 ? null : BuildPetitions(data, asOf);
        return new TownshipReport
        {
            Township = LocalNames.Pick(data.Name, data.NameZh),
            AsOf = asOf,
            Culture = CultureInfo.CurrentUICulture.Name,
            View = "Committee",
            Policies = BuildPolicies(asOf),
            Structure = BuildStructure(data, asOf),
            Affiliation = BuildAffiliation(data, registry, asOf),
            Enterprises = BuildEnterprises(data, asOf),
            Evaluation = evaluation,
            Accountability = accountability,
            Outreach = BuildOutreach(data, asOf),
            Education = education,
            Petitions = petitions,
            Teams = data.Teams is null ? null : BuildTeams(data, data.Teams, asOf, evaluation, accountability, education, petitions),
            Dues = BuildDues(data, asOf),
            Governance = BuildGovernance(asOf),
        };
    }

    /// <summary>Each registered policy set's version in force on <paramref name="asOf"/>, by option name.</summary>
    private IReadOnlyList<PolicyRow> BuildPolicies(LocalDate asOf)
    {
        PolicyRow Row<TPolicy>(string name)
            where TPolicy : class
        {
            var set = services.GetRequiredService<PolicySet<TPolicy>>();
            var version = set.TryGetInForceOn(asOf, out var inForce) ? inForce : null;
            var from = version is null || version.EffectiveFrom == LocalDate.MinIsoValue ? "—" : version.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new PolicyRow(name, version?.Label ?? "—", from, set.Versions.Count);
        }

        return
        [
            Row<StructurePolicy>("Structure"),
            Row<Core.Affiliation.AffiliationPolicy>("Affiliation"),
            Row<Core.FourHaves.FourHavesPolicy>("FourHaves"),
            Row<Core.Evaluation.EvaluationPolicy>("Evaluation"),
            Row<Core.Accountability.AccountabilityPolicy>("Accountability"),
            Row<Core.Outreach.OutreachPolicy>("Outreach"),
            Row<Core.Education.EducationPolicy>("Education"),
            Row<Core.Petitions.PetitionPolicy>("Petitions"),
            Row<Core.Teams.TeamsPolicy>("Teams"),
            Row<Core.Members.DuesPolicy>("Dues"),
            Row<Core.Governance.GovernancePolicy>("Governance"),
        ];
    }

    private Dictionary<string, string> areaNames = new(StringComparer.Ordinal);

    /// <summary>An organization's name in the report's culture.</summary>
    private static string Name(OrganizationRecord organization) => LocalNames.Pick(organization.Name, organization.NameZh);

    /// <summary>An area's name in the report's culture; the code itself when the data does not name the area.</summary>
    private string AreaName(string? code) => code is null ? string.Empty : areaNames.GetValueOrDefault(code, code);

    private StructureSection BuildStructure(TownshipData data, LocalDate asOf)
    {
        var advisor = services.GetRequiredService<IStructureAdvisor>();
        var policy = services.GetRequiredService<StructurePolicy>();
        var rows = data.Organizations
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => mapper.Guarded($"organizations (id '{o.Id}')", () =>
            {
                var advice = advisor.Advise(o.FullMembers, o.ProbationaryMembers, asOf);
                return new StructureRow(o.Id, Name(o), o.Level.ToString(), o.FullMembers, o.ProbationaryMembers, advice.Form.ToString(), advice.Reasons);
            }))
            .ToList();

        var summaries = data.Organizations.Select(o => mapper.Summary(o, policy)).ToList();
        var names = data.Organizations.ToDictionary(o => o.Id, Name, StringComparer.Ordinal);
        var needing = new OrganizationsNeedingAnotherFormSpec(policy).Evaluate(summaries).Select(s => s.Id.Value).ToList();
        var ended = new OrganizationsWithTermEndingSpec(asOf).Evaluate(summaries)
            .Select(s => new TermRow(s.Id.Value, names[s.Id.Value], s.TermEndsOn))
            .ToList();

        return new StructureSection
        {
            Organizations = rows,
            ByAdvisedForm = Enum.GetValues<AdvisedForm>().ToDictionary(f => f.ToString(), f => rows.Count(r => r.AdvisedForm == f.ToString())),
            NeedingAnotherForm = needing,
            TermEnded = ended,
        };
    }
}
