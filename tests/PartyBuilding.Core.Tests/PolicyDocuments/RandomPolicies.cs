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

    /// <summary>A dues policy: 1–4 brackets per table with rising whole-fen bounds and non-falling rates, positive fen sums, any rounding.</summary>
    public static Core.Members.DuesPolicy Dues(Random r)
    {
        static Core.Members.DuesBracket[] Brackets(Random r)
        {
            var rows = new Core.Members.DuesBracket[r.Next(1, 5)];
            var upTo = 0m;
            var rate = r.Next(1, 200) / 10000m;
            for (var i = 0; i < rows.Length; i++)
            {
                upTo += r.Next(1, 1_000_000) / 100m;
                rate = Math.Min(1m, rate + (r.Next(0, 100) / 10000m));
                rows[i] = new(i == rows.Length - 1 ? null : upTo, rate);
            }

            return rows;
        }

        var roundings = Enum.GetValues<MidpointRounding>();
        return new Core.Members.DuesPolicy
        {
            EmployedBrackets = Brackets(r),
            RetiredBrackets = Brackets(r),
            FarmerMonthlySum = r.Next(1, 10_000) / 100m,
            StudentMonthlySum = r.Next(1, 10_000) / 100m,
            UnemployedMonthlySum = r.Next(1, 10_000) / 100m,
            MinimumLivingAllowanceMonthlySum = r.Next(1, 10_000) / 100m,
            Rounding = roundings[r.Next(roundings.Length)],
            BackPaymentMonths = r.Next(1, Core.Members.DuesPolicy.MaxMonths + 1),
            ReviewAfterUnpaidMonths = r.Next(1, Core.Members.DuesPolicy.MaxMonths + 1),
        };
    }
}
