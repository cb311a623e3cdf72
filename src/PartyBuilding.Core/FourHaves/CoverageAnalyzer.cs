using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// Party coverage of non-public enterprises (两个覆盖; seed, part 1: "expands the coverage of party
/// organizations in enterprises"). An enterprise with at least <see cref="FourHavesPolicy.MinimumFullMembers"/>
/// full members has an organization of its own; one with fewer but some is covered by a joint branch; one
/// with none is covered by work only when an instructor is assigned.
/// </summary>
/// <remarks>
/// Coverage is decided on full members, as DESIGN.md states. (Structure advice for a unit with only
/// probationary members advises a joint branch; for coverage such an enterprise has no full member to
/// anchor one and counts as instructor or none.) Pure and thread-safe.
/// </remarks>
public sealed class CoverageAnalyzer : ICoverageAnalyzer
{
    private static readonly EnterpriseProfileValidator ProfileValidator = new();
    private readonly FourHavesPolicy policy;

    /// <summary>Creates an analyzer with the default figures.</summary>
    public CoverageAnalyzer()
        : this(FourHavesPolicy.Default)
    {
    }

    /// <summary>Creates an analyzer with the coverage figures of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public CoverageAnalyzer(FourHavesPolicy policy)
    {
        new FourHavesPolicyValidator().ThrowIfInvalid(policy, nameof(policy));
        this.policy = policy;
    }

    /// <summary>The kind of coverage an enterprise with these figures has, without a reason.</summary>
    /// <param name="fullMembers">Full members; not negative.</param>
    /// <param name="instructorAssigned">Whether an instructor is assigned.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fullMembers"/> is negative.</exception>
    public CoverageKind KindOf(int fullMembers, bool instructorAssigned)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fullMembers);
        return fullMembers >= policy.MinimumFullMembers ? CoverageKind.OwnOrganization
            : fullMembers > 0 ? CoverageKind.JointBranch
            : instructorAssigned ? CoverageKind.Instructor
            : CoverageKind.None;
    }

    /// <inheritdoc />
    public EnterpriseCoverage Classify(EnterpriseProfile enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        if (!EnterpriseProfileValidator.IsValidFast(enterprise))
        {
            ProfileValidator.ThrowIfInvalid(enterprise, nameof(enterprise));
        }

        var kind = KindOf(enterprise.FullMembers, enterprise.InstructorAssigned);
        var reason = kind switch
        {
            CoverageKind.OwnOrganization => Reason.Of(FourHavesReasonCodes.CoverageOwnOrganization, enterprise.FullMembers, policy.MinimumFullMembers),
            CoverageKind.JointBranch => Reason.Of(FourHavesReasonCodes.CoverageJointBranch, enterprise.FullMembers, policy.MinimumFullMembers, policy.MaxUnitsPerJointBranch),
            CoverageKind.Instructor => Reason.Of(FourHavesReasonCodes.CoverageInstructor),
            _ => Reason.Of(FourHavesReasonCodes.CoverageNone),
        };
        return new EnterpriseCoverage(enterprise.Id, kind, reason);
    }

    /// <inheritdoc />
    public TownshipCoverage Measure(IEnumerable<EnterpriseProfile> enterprises)
    {
        var list = Batch.Check(enterprises, nameof(enterprises));
        Span<int> counts = stackalloc int[4];
        var notOperating = 0;
        foreach (var enterprise in list)
        {
            if (!enterprise.Operating)
            {
                notOperating++;
                continue;
            }

            counts[(int)KindOf(enterprise.FullMembers, enterprise.InstructorAssigned)]++;
        }

        return new TownshipCoverage(
            Operating: list.Length - notOperating,
            OwnOrganization: counts[(int)CoverageKind.OwnOrganization],
            JointBranch: counts[(int)CoverageKind.JointBranch],
            Instructor: counts[(int)CoverageKind.Instructor],
            None: counts[(int)CoverageKind.None],
            NotOperating: notOperating);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The operating enterprises covered by a joint branch are grouped by area (ordinal, enterprises with no
    /// area last), then by id. An area with n such enterprises gets ⌈n ÷ max⌉ joint branches of sizes as even
    /// as possible (7 enterprises and at most 5 per branch give 4 + 3, not 5 + 2), each taking the next
    /// enterprises in id order. A lone enterprise in an area still gets a group of one, to be joined with a
    /// neighbouring area by the committee.
    /// </remarks>
    public IReadOnlyList<JointBranchGroup> AdviseJointBranches(IEnumerable<EnterpriseProfile> enterprises)
    {
        var list = Batch.Check(enterprises, nameof(enterprises));
        var max = policy.MaxUnitsPerJointBranch;
        var groups = new List<JointBranchGroup>();
        var byArea = list
            .Where(e => e.Operating && KindOf(e.FullMembers, e.InstructorAssigned) == CoverageKind.JointBranch)
            .GroupBy(e => e.AreaCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var area in byArea)
        {
            var members = area.OrderBy(e => e.Id).ToArray();
            var count = (members.Length + max - 1) / max;
            var start = 0;
            for (var g = 0; g < count; g++)
            {
                var size = (members.Length / count) + (g < members.Length % count ? 1 : 0);
                var slice = members[start..(start + size)];
                start += size;
                var full = slice.Sum(e => (long)e.FullMembers);
                var ids = slice.Select(e => e.Id).ToArray();
                var reasons = new List<Reason>(2)
                {
                    Reason.Of(FourHavesReasonCodes.JointBranchGroup, ids.Length, area.Key ?? "-", max, full),
                };
                if (full < policy.MinimumFullMembers)
                {
                    reasons.Add(Reason.Of(FourHavesReasonCodes.JointBranchTooFewFullMembers, full, policy.MinimumFullMembers));
                }

                groups.Add(new JointBranchGroup(area.Key, ids, checked((int)full), reasons));
            }
        }

        return groups;
    }
}
