using System.Collections.ObjectModel;
using NodaTime;
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
/// anchor one and counts as instructor or none.) The figures come from the policy version in force on the
/// as-of date, whose label every result names; see <see cref="ICoverageAnalyzer"/> for the undated forms.
/// Pure and thread-safe.
/// </remarks>
public sealed class CoverageAnalyzer : ICoverageAnalyzer
{
    private static readonly EnterpriseProfileValidator ProfileValidator = new();
    private readonly PolicySet<FourHavesPolicy> policies;

    /// <summary>Creates an analyzer with the default figures, as a set of one version.</summary>
    public CoverageAnalyzer()
        : this(FourHavesPolicy.Default)
    {
    }

    /// <summary>Creates an analyzer with the coverage figures of <paramref name="policy"/> alone, a set of one version labelled <c>default</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public CoverageAnalyzer(FourHavesPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))), nameof(policy))
    {
    }

    /// <summary>Creates an analyzer with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure of every version is listed.</exception>
    public CoverageAnalyzer(PolicySet<FourHavesPolicy> policies)
        : this(policies, nameof(policies))
    {
    }

    private CoverageAnalyzer(PolicySet<FourHavesPolicy> policies, string name)
    {
        ArgumentNullException.ThrowIfNull(policies, name);
        this.policies = policies.ThrowIfInvalid(new FourHavesPolicyValidator(), name);
    }

    /// <inheritdoc />
    public EnterpriseCoverage Classify(EnterpriseProfile enterprise)
    {
        Check(enterprise);
        return Classify(enterprise, Undated());
    }

    /// <inheritdoc />
    public EnterpriseCoverage Classify(EnterpriseProfile enterprise, LocalDate asOf)
    {
        Check(enterprise);
        return Classify(enterprise, policies.InForceOn(asOf));
    }

    /// <inheritdoc />
    public TownshipCoverage Measure(IEnumerable<EnterpriseProfile> enterprises) => Measure(Batch.Check(enterprises, nameof(enterprises)), Undated());

    /// <inheritdoc />
    public TownshipCoverage Measure(IEnumerable<EnterpriseProfile> enterprises, LocalDate asOf) =>
        Measure(Batch.Check(enterprises, nameof(enterprises)), policies.InForceOn(asOf));

    /// <inheritdoc />
    /// <remarks>
    /// The operating enterprises covered by a joint branch are grouped by area (ordinal, enterprises with no
    /// area last), then by id. An area with n such enterprises gets ⌈n ÷ max⌉ joint branches of sizes as even
    /// as possible (7 enterprises and at most 5 per branch give 4 + 3, not 5 + 2), each taking the next
    /// enterprises in id order. A lone enterprise in an area still gets a group of one, to be joined with a
    /// neighbouring area by the committee.
    /// </remarks>
    public IReadOnlyList<JointBranchGroup> AdviseJointBranches(IEnumerable<EnterpriseProfile> enterprises) =>
        AdviseJointBranches(Batch.Check(enterprises, nameof(enterprises)), Undated());

    /// <inheritdoc />
    /// <remarks>Grouped as the undated form groups, with the figures of the version in force on <paramref name="asOf"/>.</remarks>
    public IReadOnlyList<JointBranchGroup> AdviseJointBranches(IEnumerable<EnterpriseProfile> enterprises, LocalDate asOf) =>
        AdviseJointBranches(Batch.Check(enterprises, nameof(enterprises)), policies.InForceOn(asOf));

    /// <summary>The kind of coverage an enterprise with these figures has under the only version (for tests).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fullMembers"/> is negative.</exception>
    internal CoverageKind KindOf(int fullMembers, bool instructorAssigned)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fullMembers);
        return KindOf(Undated().Policy, fullMembers, instructorAssigned);
    }

    private static CoverageKind KindOf(FourHavesPolicy policy, int fullMembers, bool instructorAssigned) =>
        fullMembers >= policy.MinimumFullMembers ? CoverageKind.OwnOrganization
        : fullMembers > 0 ? CoverageKind.JointBranch
        : instructorAssigned ? CoverageKind.Instructor
        : CoverageKind.None;

    private static void Check(EnterpriseProfile enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        if (!EnterpriseProfileValidator.IsValid(enterprise))
        {
            ProfileValidator.ThrowIfInvalid(enterprise, nameof(enterprise));
        }
    }

    private static EnterpriseCoverage Classify(EnterpriseProfile enterprise, PolicyVersion<FourHavesPolicy> version)
    {
        var policy = version.Policy;
        var kind = KindOf(policy, enterprise.FullMembers, enterprise.InstructorAssigned);
        var reason = kind switch
        {
            CoverageKind.OwnOrganization => Reason.Of(FourHavesReasonCodes.CoverageOwnOrganization, enterprise.FullMembers, policy.MinimumFullMembers),
            CoverageKind.JointBranch => Reason.Of(FourHavesReasonCodes.CoverageJointBranch, enterprise.FullMembers, policy.MinimumFullMembers, policy.MaxUnitsPerJointBranch),
            CoverageKind.Instructor => Reason.Of(FourHavesReasonCodes.CoverageInstructor),
            _ => Reason.Of(FourHavesReasonCodes.CoverageNone),
        };
        return new EnterpriseCoverage(enterprise.Id, kind, reason, version.Label);
    }

    private static TownshipCoverage Measure(EnterpriseProfile[] list, PolicyVersion<FourHavesPolicy> version)
    {
        Span<int> counts = stackalloc int[4];
        var notOperating = 0;
        foreach (var enterprise in list)
        {
            if (!enterprise.Operating)
            {
                notOperating++;
                continue;
            }

            counts[(int)KindOf(version.Policy, enterprise.FullMembers, enterprise.InstructorAssigned)]++;
        }

        return new TownshipCoverage(
            ownOrganization: counts[(int)CoverageKind.OwnOrganization],
            jointBranch: counts[(int)CoverageKind.JointBranch],
            instructor: counts[(int)CoverageKind.Instructor],
            none: counts[(int)CoverageKind.None],
            notOperating: notOperating,
            policyLabel: version.Label);
    }

    private static ReadOnlyCollection<JointBranchGroup> AdviseJointBranches(EnterpriseProfile[] list, PolicyVersion<FourHavesPolicy> version)
    {
        var policy = version.Policy;
        var max = policy.MaxUnitsPerJointBranch;
        var groups = new List<JointBranchGroup>();
        var byArea = list
            .Where(e => e.Operating && KindOf(policy, e.FullMembers, e.InstructorAssigned) == CoverageKind.JointBranch)
            .GroupBy(e => e.AreaCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var area in byArea)
        {
            var members = area.OrderBy(e => e.Id).ToArray();
            var count = (members.Length / max) + (members.Length % max == 0 ? 0 : 1); // a ceiling that cannot overflow for any max
            var start = 0;
            for (var g = 0; g < count; g++)
            {
                var size = (members.Length / count) + (g < members.Length % count ? 1 : 0);
                var slice = members[start..(start + size)];
                start += size;
                var full = slice.Sum(e => (long)e.FullMembers);
                var group = Reason.Of(FourHavesReasonCodes.JointBranchGroup, slice.Length, area.Key ?? "-", max, full);
                Reason[] reasons = full < policy.MinimumFullMembers
                    ? [group, Reason.Of(FourHavesReasonCodes.JointBranchTooFewFullMembers, full, policy.MinimumFullMembers)]
                    : [group];
                groups.Add(new JointBranchGroup(area.Key, [.. slice.Select(e => e.Id)], checked((int)full), reasons, version.Label));
            }
        }

        return groups.AsReadOnly();
    }

    // Undated calls use the only version; with several, which one is meant is the host's to say.
    private PolicyVersion<FourHavesPolicy> Undated() =>
        policies.Undated();
}
