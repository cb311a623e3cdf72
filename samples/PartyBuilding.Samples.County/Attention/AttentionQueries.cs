using System.Diagnostics;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Specifications;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Specifications;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Specifications;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Specifications;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Samples.County.Storage;

namespace PartyBuilding.Samples.County.Attention;

/// <summary>
/// The county's attention lists: every specification of the library, translated by EF Core and run in the
/// database (<see cref="SpecificationQueryableExtensions.ApplySpecification{T}"/>), each timed.
/// </summary>
internal sealed class AttentionQueries(IServiceProvider services, CountyStore store, int top)
{
    public IReadOnlyList<AttentionList> Run(LocalDate asOf)
    {
        var context = store.Context;
        T Policy<T>()
            where T : class => services.GetRequiredService<PolicySet<T>>().InForceOn(asOf).Policy;
        var affiliation = Policy<AffiliationPolicy>();
        var accountability = Policy<AccountabilityPolicy>();

        // The migrant branch with the most members, for the one-organization question.
        var largestMigrantBranch = store.Db("find the largest migrant branch", () => context.MobileMembers.AsNoTracking()
            .Where(m => m.Organization != null && m.Mode == ManagementMode.Centralized)
            .GroupBy(m => m.Organization)
            .Select(g => new { Organization = g.Key, Members = g.Count() })
            .OrderByDescending(g => g.Members).ThenBy(g => g.Organization)
            .Select(g => g.Organization)
            .FirstOrDefault());

        var lists = new List<AttentionList>
        {
            Query("Organizations", "need another form", context.Organizations, new OrganizationsNeedingAnotherFormSpec(Policy<StructurePolicy>()), o => o.Id.Value),
            Query("Organizations", "term ended (re-election due)", context.Organizations, new OrganizationsWithTermEndingSpec(asOf), o => o.Id.Value),

            Query("Mobile members", "to review (lost contact or withdrawal review)", context.MobileMembers, new MobileMembersFlaggedForReviewSpec(asOf, affiliation), m => m.Id.Value),
            Query("Mobile members", "lost contact", context.MobileMembers, new MobileMembersLostContactSpec(asOf, affiliation), m => m.Id.Value),
            Query("Mobile members", "for withdrawal review", context.MobileMembers, new MobileMembersForWithdrawalReviewSpec(asOf, affiliation), m => m.Id.Value),
            Query("Mobile members", "overdue for report", context.MobileMembers, new MobileMembersOverdueForReportSpec(asOf, affiliation), m => m.Id.Value),
            Query("Mobile members", "without organization", context.MobileMembers, new MobileMembersWithoutOrganizationSpec(), m => m.Id.Value),
        };

        if (largestMigrantBranch is { } branch)
        {
            lists.Add(Query("Mobile members", $"of migrant branch {branch.Value}", context.MobileMembers, new MobileMembersOfOrganizationSpec(branch), m => m.Id.Value));
        }

        lists.AddRange(
        [
            Query("Enterprises", "without work coverage", context.Enterprises, new EnterprisesWithoutCoverageSpec(), e => e.Id.Value),
            Query("Enterprises", "without organization coverage", context.Enterprises, new EnterprisesWithoutCoverageSpec(organizationCoverage: true), e => e.Id.Value),
            Query("Enterprises", "due for assessment", context.Enterprises, new EnterprisesDueForAssessmentSpec(asOf, Policy<FourHavesPolicy>()), e => e.Id.Value),
            .. Enum.GetValues<Have>().Select(have =>
                Query("Enterprises", $"missing have {have}", context.Enterprises, new EnterprisesMissingHaveSpec(have), e => e.Id.Value)),
            Query("Enterprises", "vetoed (one-vote veto)", context.Enterprises, new VetoedEnterprisesSpec(), e => e.Id.Value),
            Query("Enterprises", "model enterprises", context.Enterprises, new ModelEnterprisesSpec(Policy<FourHavesPolicy>()), e => e.Id.Value),

            Query("Cadres", "to adjust", context.Candidates, new CadresToAdjustSpec(), c => c.Id),
            Query("Cadres", "for a warning talk", context.Candidates, new CadresForWarningTalkSpec(), c => c.Id),
            Query("Cadres", "incompetent in consecutive rounds", context.Candidates, new CadresRatedIncompetentInConsecutiveRoundsSpec(), c => c.Id),
            Query("Evaluation rounds", "below quorum", context.Rounds, new RoundsBelowQuorumSpec(Policy<EvaluationPolicy>()), r => r.Id.Value),

            Query("Cases", "overdue", context.Cases, new CasesOverdueSpec(asOf), c => c.Id.Value),
            Query("Cases", "substantiated, awaiting sanction", context.Cases, new SubstantiatedCasesAwaitingSanctionSpec(), c => c.Id.Value),
            Query("Cases", "sanctioned, awaiting disclosure", context.Cases, new CasesAwaitingDisclosureSpec(), c => c.Id.Value),
            Query("Cases", "repeated substantiated (subject)", context.Cases, SubjectsWithRepeatedSubstantiatedCasesSpec.Within(asOf, accountability.LookBackMonths), c => c.SubjectKey),
            Query("Rectification orders", "past deadline", context.Orders, new RectificationOrdersPastDeadlineSpec(asOf), o => o.Id.Value),
        ]);
        return lists;
    }

    private AttentionList Query<T>(string area, string question, IQueryable<T> set, ISpecification<T> specification, Func<T, string> id)
        where T : class
    {
        var name = specification.GetType().Name;
        var watch = Stopwatch.StartNew();
        var rows = store.Db($"query {name}", () => set.AsNoTracking().ApplySpecification(specification).ToList());
        watch.Stop();
        return new AttentionList(area, question, name, rows.Count, watch.Elapsed, [.. rows.Select(id).Distinct(StringComparer.Ordinal).Take(top)]);
    }
}
