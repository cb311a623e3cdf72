using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Runs every capability of the library on a township, through the services <c>AddPartyBuilding</c> registered.</summary>
internal sealed partial class ReportBuilder(IServiceProvider services, TownshipMapper mapper)
{
    public TownshipReport Build(TownshipData data, LocalDate asOf)
    {
        // Building the registry validates the whole organization list before anything is decided.
        var registry = mapper.Registry(data);
        var evaluation = data.Evaluation is null ? null : BuildEvaluation(data.Evaluation);
        var accountability = BuildAccountability(data, asOf);
        var education = data.Education is null ? null : BuildEducation(data, data.Education, asOf);
        var petitions = data.Petitions.Count == 0 ? null : BuildPetitions(data, asOf);
        return new TownshipReport
        {
            Township = data.Name,
            AsOf = asOf,
            Culture = CultureInfo.CurrentUICulture.Name,
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

    private StructureSection BuildStructure(TownshipData data, LocalDate asOf)
    {
        var advisor = services.GetRequiredService<IStructureAdvisor>();
        var policy = services.GetRequiredService<StructurePolicy>();
        var rows = data.Organizations
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => mapper.Guarded($"organizations (id '{o.Id}')", () =>
            {
                var advice = advisor.Advise(o.FullMembers, o.ProbationaryMembers);
                return new StructureRow(o.Id, o.Name, o.Level.ToString(), o.FullMembers, o.ProbationaryMembers, advice.Form.ToString(), advice.Reasons);
            }))
            .ToList();

        var summaries = data.Organizations.Select(o => mapper.Summary(o, policy)).ToList();
        var names = data.Organizations.ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
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
