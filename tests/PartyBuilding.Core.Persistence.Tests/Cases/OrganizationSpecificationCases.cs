using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the organization specifications.</summary>
public sealed class OrganizationSpecificationCases : ISpecificationCases
{
    private static readonly string[] Ids =
        [.. Enumerable.Range(0, 30).Select(i => $"org-{i:00}"), "A", "a", "B", "b", "Z", "é", "村1", "村2", "_", "0"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<OrganizationsWithTermEndingSpec, OrganizationSummary>(
            "terms ending around the cutoff, month ends and leap days",
            from cutoff in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Summary(Gen.Choose(0, 120), Gen.Choose(0, 120), BoundaryDates.Near(cutoff)))
            select new Scenario<OrganizationSummary>(new OrganizationsWithTermEndingSpec(cutoff), [.. rows], $"date {cutoff:uuuu-MM-dd}")),

        SpecificationCase.For<OrganizationsNeedingAnotherFormSpec, OrganizationSummary>(
            "counts at the thresholds of default and random policies",
            from policy in Policy
            from rows in Gen.ListOf(Summary(Count(policy), Count(policy), BoundaryDates.Any))
            select new Scenario<OrganizationSummary>(new OrganizationsNeedingAnotherFormSpec(policy), [.. rows], Describe(policy))),

        SpecificationCase.For<OrganizationsWithTermEndingSpec, OrganizationSummary>(
            "ordering edges: terms ending on the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(
                from id in OrderingEdges.Text
                from end in OrderingEdges.Dates
                select new OrganizationSummary
                {
                    Id = new OrganizationId(id),
                    Level = OrganizationLevel.Branch,
                    Kind = OrganizationKind.Village,
                    FullMembers = int.MaxValue,
                    ProbationaryMembers = int.MaxValue,
                    TermEndsOn = end,
                })
            select new Scenario<OrganizationSummary>(new OrganizationsWithTermEndingSpec(BoundaryDates.Last.PlusDays(-1)), [.. rows], "date 9999-12-30")),
    ];

    private static Gen<OrganizationSummary> Summary(Gen<int> full, Gen<int> probationary, Gen<LocalDate> termEndsOn) =>
        from id in Gen.Elements(Ids)
        from level in Gen.Elements(Enum.GetValues<OrganizationLevel>())
        from kind in Gen.Elements(Enum.GetValues<OrganizationKind>())
        from f in full
        from p in probationary
        from committee in Gen.Elements(true, false)
        from end in termEndsOn
        select new OrganizationSummary
        {
            Id = new OrganizationId(id),
            Level = level,
            Kind = kind,
            FullMembers = f,
            ProbationaryMembers = p,
            HasBranchCommittee = committee,
            TermEndsOn = end,
        };

    /// <summary>A member count at, just below or just above a threshold of <paramref name="policy"/>, or an extreme.</summary>
    private static Gen<int> Count(StructurePolicy policy)
    {
        int[] thresholds = [policy.MinimumFullMembers, policy.BranchCommitteeFromFullMembers, policy.MaxMembersPerBranch, policy.MaxMembersPerGeneralBranch];
        return Gen.Frequency(
            (4, Gen.Elements(thresholds).SelectMany(t => Gen.Choose(-1, 1).Select(d => Math.Max(0, t + d)))),
            (2, Gen.Choose(0, 120)),
            (1, Gen.Elements(0, int.MaxValue, int.MaxValue - 1, int.MaxValue / 2 + 1)),
            (1, Gen.Choose(0, int.MaxValue)));
    }

    private static Gen<StructurePolicy> Policy { get; } = Gen.Frequency(
        (1, Gen.Constant(StructurePolicy.Default)),
        (2,
            from minimumFull in Gen.Choose(1, 10)
            from committeeStep in Gen.Choose(1, 10)
            from branchStep in Gen.Choose(0, 100)
            from generalStep in Gen.Choose(1, 200)
            select new StructurePolicy
            {
                MinimumFullMembers = minimumFull,
                BranchCommitteeFromFullMembers = minimumFull + committeeStep,
                BranchCommitteeMinSize = Math.Min(3, minimumFull + committeeStep),
                MaxMembersPerBranch = minimumFull + committeeStep + branchStep,
                MaxMembersPerGeneralBranch = minimumFull + committeeStep + branchStep + generalStep,
            }));

    private static string Describe(StructurePolicy p) =>
        $"min full {p.MinimumFullMembers}, committee from {p.BranchCommitteeFromFullMembers}, branch ≤ {p.MaxMembersPerBranch}, general branch ≤ {p.MaxMembersPerGeneralBranch}";
}
