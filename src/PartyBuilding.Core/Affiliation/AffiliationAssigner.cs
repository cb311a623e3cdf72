using System.Globalization;
using System.Runtime.CompilerServices;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// Assigns mobile members to a branch (seed: "two grasping mechanisms", part 2), in this order:
/// <list type="number">
/// <item>Residence in an area a migrant branch serves → <see cref="ManagementMode.Centralized"/>, that
/// branch (the smallest id when several serve it), even when a village or community branch serves the area too.</item>
/// <item>Otherwise a fixed residence → <see cref="ManagementMode.Attribution"/> to the village or community
/// organization of the area; when both kinds serve it, the one with the smallest id (ordinal). None →
/// <see cref="AffiliationOutcome.Unassigned"/>, with a reason naming the area.</item>
/// <item>No fixed residence → when the township has no migrant branch at all,
/// <see cref="AffiliationOutcome.Unassigned"/>; when the member has no introducer, an introducer the
/// registry does not know, or one who is not in a migrant branch, <see cref="AffiliationOutcome.PendingIntroduction"/>
/// (a distinct reason code for each); otherwise <see cref="ManagementMode.Attribution"/> to the introducer's migrant branch.</item>
/// </list>
/// Probationary members follow the same rule.
/// </summary>
/// <remarks>
/// Pure, deterministic, total and thread-safe. The registry answers by id order, so decisions do not
/// depend on the order organizations were given in. Reason lists are shared per UI culture; a decision
/// allocates only itself (the "no branch for area" list is cached for up to 4,096 areas per culture).
/// </remarks>
public sealed class AffiliationAssigner : IAffiliationAssigner
{
    private static readonly MobileMemberValidator Validator = new();

    /// <inheritdoc />
    public AffiliationDecision Assign(MobileMember member, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(registry);
        Check(member, nameof(member));
        return Decide(member, registry, IndexOf(registry), AffiliationReasonSet.Current);
    }

    /// <inheritdoc />
    public IEnumerable<AffiliationDecision> AssignAll(IEnumerable<MobileMember> members, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(registry);
        return Start(members, registry);
    }

    /// <inheritdoc />
    public void AssignAll(ReadOnlySpan<MobileMember> members, OrganizationRegistry registry, Span<AffiliationDecision> destination)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (destination.Length < members.Length)
        {
            throw new ArgumentException(MessageCatalog.Format(CommonErrorCodes.Required), nameof(destination));
        }

        var index = IndexOf(registry);
        var reasons = AffiliationReasonSet.Current;
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            if (member is null || !MobileMemberValidator.IsWellFormed(member))
            {
                destination[..members.Length].Clear();
                ThrowForAll(members, nameof(members));
            }

            destination[i] = Decide(member, registry, index, reasons);
        }
    }

    /// <summary>The village or community organization serving <paramref name="area"/>: the smallest id of either kind.</summary>
    internal static OrganizationId? ResidenceOrganization(OrganizationRegistry registry, string area)
    {
        var hasVillage = registry.TryGetInArea(area, OrganizationKind.Village, out var village);
        var hasCommunity = registry.TryGetInArea(area, OrganizationKind.Community, out var community);
        return (hasVillage, hasCommunity) switch
        {
            (true, true) => village!.Id <= community!.Id ? village.Id : community.Id,
            (true, false) => village!.Id,
            (false, true) => community!.Id,
            _ => null,
        };
    }

    private static IEnumerable<AffiliationDecision> Start(IEnumerable<MobileMember> members, OrganizationRegistry registry)
    {
        var index = IndexOf(registry);
        var reasons = AffiliationReasonSet.Current;
        if (members is MobileMember[] array)
        {
            // Arrays (the common case): a plain enumerator over the array, no state machine per member.
            return new ArrayStream(array, registry, index, reasons);
        }

        return Stream(members, registry, index, reasons);
    }

    private static IEnumerable<AffiliationDecision> Stream(IEnumerable<MobileMember> members, OrganizationRegistry registry, AreaIndex index, AffiliationReasonSet reasons)
    {
        foreach (var member in members)
        {
            if (member is null)
            {
                throw new ArgumentNullException(nameof(members), MessageCatalog.Format(CommonErrorCodes.Required));
            }

            Check(member, nameof(members));
            if (!ReferenceEquals(CultureInfo.CurrentUICulture, reasons.Culture))
            {
                reasons = AffiliationReasonSet.Current;
            }

            yield return Decide(member, registry, index, reasons);
        }
    }

    /// <summary>The registry's area index, built once per registry (registries are immutable) and kept with it.</summary>
    private static AreaIndex IndexOf(OrganizationRegistry registry) => registry.AffiliationIndex(static r => new AreaIndex(r));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AffiliationDecision Decide(MobileMember member, OrganizationRegistry registry, AreaIndex index, AffiliationReasonSet reasons)
    {
        var area = member.ResidenceAreaCode;
        if (area is null)
        {
            return ByIntroducer(member, registry, index.TownshipHasMigrantBranch, reasons);
        }

        if (!index.ByArea.TryGetValue(area, out var entry))
        {
            return ByResidence(member, null, reasons);
        }

        return entry.Migrant is { } migrant ? Centralized(member, migrant, reasons) : ByResidence(member, entry.Residence, reasons);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AffiliationDecision Centralized(MobileMember member, OrganizationId migrant, AffiliationReasonSet reasons) =>
        new(member.Id, AffiliationOutcome.Assigned, ManagementMode.Centralized, migrant, reasons.CentralizedByMigrantBranch);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AffiliationDecision ByResidence(MobileMember member, OrganizationId? residence, AffiliationReasonSet reasons) =>
        residence is { } organization
            ? new(member.Id, AffiliationOutcome.Assigned, ManagementMode.Attribution, organization, reasons.AttributedByResidence)
            : new(member.Id, AffiliationOutcome.Unassigned, null, null, reasons.NoBranchFor(member.ResidenceAreaCode!));

    private static AffiliationDecision ByIntroducer(MobileMember member, OrganizationRegistry registry, bool townshipHasMigrantBranch, AffiliationReasonSet reasons)
    {
        if (!townshipHasMigrantBranch)
        {
            return new(member.Id, AffiliationOutcome.Unassigned, null, null, reasons.NoMigrantBranchInTownship);
        }

        if (member.IntroducedBy is not { } introducer)
        {
            return Pending(member, reasons.NoIntroducer);
        }

        if (!registry.TryGetOrganizationOf(introducer, out var organization))
        {
            return Pending(member, reasons.IntroducerUnknown);
        }

        return organization.Kind == OrganizationKind.Migrant
            ? new(member.Id, AffiliationOutcome.Assigned, ManagementMode.Attribution, organization.Id, reasons.AttributedByIntroducer)
            : Pending(member, reasons.IntroducerNotInMigrantBranch);
    }

    private static AffiliationDecision Pending(MobileMember member, IReadOnlyList<Reason> reasons) =>
        new(member.Id, AffiliationOutcome.PendingIntroduction, null, null, reasons);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowForAll(ReadOnlySpan<MobileMember> members, string parameterName)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i] ?? throw new ArgumentNullException(parameterName, MessageCatalog.Format(CommonErrorCodes.Required));
            foreach (var failure in Validator.Validate(member).Errors)
            {
                failure.PropertyName = $"{parameterName}[{i}].{failure.PropertyName}";
                failures.Add(failure);
            }
        }

        throw new InvalidInputException(failures);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(MobileMember member, string parameterName)
    {
        if (!MobileMemberValidator.IsWellFormed(member))
        {
            Validator.ThrowIfInvalid(member, parameterName);
        }
    }

    /// <summary>The decisions for an array of members, made one at a time as they are read.</summary>
    private sealed class ArrayStream(MobileMember[] members, OrganizationRegistry registry, AreaIndex index, AffiliationReasonSet reasons)
        : IEnumerable<AffiliationDecision>, IEnumerator<AffiliationDecision>
    {
        private readonly int ownerThread = Environment.CurrentManagedThreadId;
        private AffiliationReasonSet reasons = reasons;
        private bool handedOut;
        private int next;

        public AffiliationDecision Current { get; private set; } = null!;

        object System.Collections.IEnumerator.Current => Current;

        public IEnumerator<AffiliationDecision> GetEnumerator()
        {
            if (!handedOut && ownerThread == Environment.CurrentManagedThreadId)
            {
                handedOut = true;
                return this;
            }

            return new ArrayStream(members, registry, index, reasons) { handedOut = true };
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public bool MoveNext()
        {
            if ((uint)next >= (uint)members.Length)
            {
                return false;
            }

            var member = members[next++] ?? throw new ArgumentNullException(nameof(members), MessageCatalog.Format(CommonErrorCodes.Required));
            Check(member, nameof(members));
            if (!ReferenceEquals(CultureInfo.CurrentUICulture, reasons.Culture))
            {
                reasons = AffiliationReasonSet.Current;
            }

            Current = Decide(member, registry, index, reasons);
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }

    private sealed record AreaEntry(OrganizationId? Migrant, OrganizationId? Residence);

    /// <summary>For each served area, its migrant organization and its residence organization, so a member costs one lookup.</summary>
    private sealed class AreaIndex
    {
        public AreaIndex(OrganizationRegistry registry)
        {
            ByArea = new Dictionary<string, AreaEntry>(StringComparer.Ordinal);
            foreach (var organization in registry.Organizations)
            {
                if (organization.AreaCode is { } area && !ByArea.ContainsKey(area))
                {
                    ByArea[area] = new AreaEntry(
                        registry.TryGetInArea(area, OrganizationKind.Migrant, out var migrant) ? migrant.Id : null,
                        ResidenceOrganization(registry, area));
                }
            }

            TownshipHasMigrantBranch = registry.OfKind(OrganizationKind.Migrant).Count > 0;
        }

        public Dictionary<string, AreaEntry> ByArea { get; }

        public bool TownshipHasMigrantBranch { get; }
    }
}
