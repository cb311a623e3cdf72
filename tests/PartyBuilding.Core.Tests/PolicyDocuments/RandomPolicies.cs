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
}
