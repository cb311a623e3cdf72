using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>Random valid policies of every type, for the document round trips (each type's generator beside the others).</summary>
public static class RandomPolicies
{
    /// <summary>A structure policy within the validator's orderings.</summary>
    public static StructurePolicy Structure(Random r)
    {
        var minimumFull = r.Next(1, 6);
        var committeeFrom = minimumFull + r.Next(1, 10);
        var committeeMin = r.Next(1, committeeFrom + 1);
        var usualMax = committeeMin + r.Next(0, 4);
        var perBranch = committeeFrom + r.Next(0, 100);
        return new StructurePolicy
        {
            MinimumFullMembers = minimumFull,
            MaxUnitsPerJointBranch = r.Next(2, 12),
            BranchCommitteeFromFullMembers = committeeFrom,
            BranchCommitteeMinSize = committeeMin,
            BranchCommitteeUsualMaxSize = usualMax,
            BranchCommitteeMaxSize = usualMax + r.Next(0, 4),
            MaxMembersPerBranch = perBranch,
            MaxMembersPerGeneralBranch = perBranch + r.Next(1, 200),
            CommitteeTermYears = r.Next(1, 10),
            GeneralBranchTermYears = r.Next(1, 10),
            BranchTermYears = r.Next(1, 10),
        };
    }

    /// <summary>An affiliation policy whose reporting interval comes before both review intervals, all within the library's maximum.</summary>
    public static AffiliationPolicy Affiliation(Random r)
    {
        var reporting = r.Next(1, 25);
        return new AffiliationPolicy
        {
            MinimumFullMembersForMigrantBranch = r.Next(1, 20),
            ReportingIntervalMonths = reporting,
            LostContactMonths = r.Next(reporting + 1, AffiliationPolicy.MaxIntervalMonths + 1),
            WithdrawalReviewMonths = r.Next(reporting + 1, AffiliationPolicy.MaxIntervalMonths + 1),
        };
    }
}
