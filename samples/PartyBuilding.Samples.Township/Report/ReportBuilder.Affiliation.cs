using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Specifications;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The affiliation section: assignment, establishment advice, contact standing.</summary>
internal sealed partial class ReportBuilder
{
    private AffiliationSection BuildAffiliation(TownshipData data, OrganizationRegistry registry, LocalDate asOf)
    {
        var members = mapper.MobileMembers(data, asOf);
        var contacts = mapper.Contacts(data, asOf);
        var decisions = services.GetRequiredService<IAffiliationAssigner>().AssignAll(members, registry).ToList();
        var advice = services.GetRequiredService<IMigrantBranchAdvisor>().Advise(members, registry, asOf);
        var assessor = services.GetRequiredService<IContactStandingAssessor>();
        var policy = services.GetRequiredService<AffiliationPolicy>();

        var records = data.MobileMembers.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var assessments = decisions.Select(d => mapper.Guarded($"contacts of '{d.Member.Value}'", () =>
            assessor.Assess(d.Member, records[d.Member.Value].MonitoredSince, contacts[d.Member.Value], asOf))).ToList();

        // The stored summaries a host would keep, queried with the library's specifications.
        var summaries = decisions.Select(d => new MobileMemberSummary
        {
            Id = d.Member,
            Status = records[d.Member.Value].Status,
            ResidenceAreaCode = records[d.Member.Value].ResidenceAreaCode,
            Organization = d.Organization,
            Mode = d.Mode,
            MonitoredSince = records[d.Member.Value].MonitoredSince,
            LastReportOn = Last(contacts[d.Member.Value], ContactKind.Report, asOf),
            LastContactOn = contacts[d.Member.Value].Where(c => c.On <= asOf).Select(c => (LocalDate?)c.On).Max(),
            LastOrganizationalLifeOn = Last(contacts[d.Member.Value], ContactKind.OrganizationalLife, asOf),
            LastDuesPaidOn = Last(contacts[d.Member.Value], ContactKind.DuesPaid, asOf),
            LastAssignedWorkOn = Last(contacts[d.Member.Value], ContactKind.AssignedWork, asOf),
        }).ToList();
        var flaggedIds = new MobileMembersFlaggedForReviewSpec(asOf, policy).Evaluate(summaries).Select(s => s.Id).ToHashSet();

        return new AffiliationSection
        {
            MobileMembers = decisions.Count,
            ByOutcome = Enum.GetValues<AffiliationOutcome>().ToDictionary(o => o.ToString(), o => decisions.Count(d => d.Outcome == o)),
            ByMode = Enum.GetValues<ManagementMode>().ToDictionary(m => m.ToString(), m => decisions.Count(d => d.Mode == m)),
            ByOrganization = decisions.Where(d => d.Organization is not null)
                .GroupBy(d => d.Organization!.Value.Value, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            NotAssigned = decisions.Where(d => d.Outcome != AffiliationOutcome.Assigned)
                .Select(d => new MemberRow(d.Member.Value, d.Outcome.ToString(), d.Reasons)).ToList(),
            EstablishmentAdvice = advice.Select(a => new EstablishmentRow(
                a.AreaCode, AreaName(a.AreaCode), a.FullMembers, a.ProbationaryMembers, [.. a.CandidateSecretaries.Select(c => c.Value)], a.Reasons)).ToList(),
            ByStanding = Enum.GetValues<ContactStanding>().ToDictionary(s => s.ToString(), s => assessments.Count(a => a.Standing == s)),
            FlaggedForReview = assessments.Where(a => a.IsFlaggedForReview)
                .Select(a => new MemberRow(a.Member.Value, a.Standing.ToString(), a.Reasons)).ToList(),
        }.CheckedAgainst(flaggedIds.Count);
    }

    private static LocalDate? Last(IEnumerable<ContactRecord> records, ContactKind kind, LocalDate asOf) =>
        records.Where(r => r.Kind == kind && r.On <= asOf).Select(r => (LocalDate?)r.On).Max();
}

/// <summary>The rule service and the specification over stored summaries must agree; the sample checks it.</summary>
internal static class AffiliationSectionChecks
{
    public static AffiliationSection CheckedAgainst(this AffiliationSection section, int flaggedBySpecification) =>
        section.FlaggedForReview.Count == flaggedBySpecification
            ? section
            : throw new InvalidOperationException($"the assessor flagged {section.FlaggedForReview.Count} members, the specification {flaggedBySpecification}");
}
