using System.Diagnostics;
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
        // The migrant branch with the most members, for the one-organization question.
        var largestMigrantBranch = store.Db("find the largest migrant branch", () => store.Context.MobileMembers.AsNoTracking()
            .Where(m => m.Organization != null && m.Mode == ManagementMode.Centralized)
            .GroupBy(m => m.Organization)
            .Select(g => new { Organization = g.Key, Members = g.Count() })
            .OrderByDescending(g => g.Members).ThenBy(g => g.Organization)
            .Select(g => g.Organization)
            .FirstOrDefault());

        return [.. Questions(services, asOf, largestMigrantBranch).Select(Ask)];
    }

    /// <summary>Every specification of the library as a question on <paramref name="asOf"/>, with the policies in force on it.</summary>
    public static IReadOnlyList<IQuestion> Questions(IServiceProvider services, LocalDate asOf, OrganizationId? migrantBranch)
    {
        T Policy<T>()
            where T : class => services.GetRequiredService<PolicySet<T>>().InForceOn(asOf).Policy;
        var affiliation = Policy<AffiliationPolicy>();
        var accountability = Policy<AccountabilityPolicy>();
        static Question<T> Q<T>(string area, string text, Func<CountyDbContext, DbSet<T>> set, Ardalis.Specification.ISpecification<T> specification, Func<T, string> id)
            where T : class => new(area, text, set, specification, id);

        var questions = new List<IQuestion>
        {
            Q("Organizations", "need another form", c => c.Organizations, new OrganizationsNeedingAnotherFormSpec(Policy<StructurePolicy>()), o => o.Id.Value),
            Q("Organizations", "term ended (re-election due)", c => c.Organizations, new OrganizationsWithTermEndingSpec(asOf), o => o.Id.Value),

            Q("Mobile members", "to review (lost contact or withdrawal review)", c => c.MobileMembers, new MobileMembersFlaggedForReviewSpec(asOf, affiliation), m => m.Id.Value),
            Q("Mobile members", "lost contact", c => c.MobileMembers, new MobileMembersLostContactSpec(asOf, affiliation), m => m.Id.Value),
            Q("Mobile members", "for withdrawal review", c => c.MobileMembers, new MobileMembersForWithdrawalReviewSpec(asOf, affiliation), m => m.Id.Value),
            Q("Mobile members", "overdue for report", c => c.MobileMembers, new MobileMembersOverdueForReportSpec(asOf, affiliation), m => m.Id.Value),
            Q("Mobile members", "without organization", c => c.MobileMembers, new MobileMembersWithoutOrganizationSpec(), m => m.Id.Value),
        };

        if (migrantBranch is { } branch)
        {
            questions.Add(Q("Mobile members", $"of migrant branch {branch.Value}", c => c.MobileMembers, new MobileMembersOfOrganizationSpec(branch), m => m.Id.Value));
        }

        questions.AddRange(
        [
            Q("Enterprises", "without work coverage", c => c.Enterprises, new EnterprisesWithoutCoverageSpec(), e => e.Id.Value),
            Q("Enterprises", "without organization coverage", c => c.Enterprises, new EnterprisesWithoutCoverageSpec(organizationCoverage: true), e => e.Id.Value),
            Q("Enterprises", "due for assessment", c => c.Enterprises, new EnterprisesDueForAssessmentSpec(asOf, Policy<FourHavesPolicy>()), e => e.Id.Value),
            .. Enum.GetValues<Have>().Select(have =>
                Q("Enterprises", $"missing have {have}", c => c.Enterprises, new EnterprisesMissingHaveSpec(have), e => e.Id.Value)),
            Q("Enterprises", "vetoed (one-vote veto)", c => c.Enterprises, new VetoedEnterprisesSpec(), e => e.Id.Value),
            Q("Enterprises", "model enterprises", c => c.Enterprises, new ModelEnterprisesSpec(Policy<FourHavesPolicy>()), e => e.Id.Value),

            Q("Cadres", "to adjust", c => c.Candidates, new CadresToAdjustSpec(), x => x.Id),
            Q("Cadres", "for a warning talk", c => c.Candidates, new CadresForWarningTalkSpec(), x => x.Id),
            Q("Cadres", "incompetent in consecutive rounds", c => c.Candidates, new CadresRatedIncompetentInConsecutiveRoundsSpec(), x => x.Id),
            Q("Evaluation rounds", "below quorum", c => c.Rounds, new RoundsBelowQuorumSpec(Policy<EvaluationPolicy>()), r => r.Id.Value),

            Q("Cases", "overdue", c => c.Cases, new CasesOverdueSpec(asOf), x => x.Id.Value),
            Q("Cases", "substantiated, awaiting sanction", c => c.Cases, new SubstantiatedCasesAwaitingSanctionSpec(), x => x.Id.Value),
            Q("Cases", "sanctioned, awaiting disclosure", c => c.Cases, new CasesAwaitingDisclosureSpec(), x => x.Id.Value),
            Q("Cases", "repeated substantiated (subject)", c => c.Cases, SubjectsWithRepeatedSubstantiatedCasesSpec.Within(asOf, accountability.LookBackMonths), x => x.SubjectKey),
            Q("Rectification orders", "past deadline", c => c.Orders, new RectificationOrdersPastDeadlineSpec(asOf), o => o.Id.Value),
        ]);
        return questions;
    }

    private AttentionList Ask(IQuestion question)
    {
        var watch = Stopwatch.StartNew();
        var (rows, first) = store.Db($"query {question.Specification}", () => question.List(store.Context, top));
        watch.Stop();
        return new AttentionList(question.Area, question.Text, question.Specification, rows, watch.Elapsed, first);
    }
}
