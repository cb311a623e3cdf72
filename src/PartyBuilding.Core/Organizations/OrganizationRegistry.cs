using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using FluentValidation.Results;
using PartyBuilding.Core.Organizations.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// A township's organizations and which organization each member belongs to (一方隶属: exactly one).
/// Immutable and thread-safe once built; every lookup is a dictionary read.
/// </summary>
/// <remarks>
/// Lists come back ordered by id (ordinal) whatever order the input had, so rules that read the
/// registry do not depend on input order; every list is read-only, whatever it is cast to.
/// </remarks>
public sealed class OrganizationRegistry
{
    private static readonly PartyOrganizationValidator OrganizationValidator = new();

    private readonly Dictionary<OrganizationId, PartyOrganization> byId;
    private readonly Dictionary<MemberId, PartyOrganization> organizationOfMember;
    private readonly Dictionary<OrganizationId, ReadOnlyCollection<MemberId>> membersOf;
    private readonly Dictionary<string, PartyOrganization[]> byArea;
    private readonly Dictionary<OrganizationKind, ReadOnlyCollection<PartyOrganization>> byKind;

    /// <summary>Builds the registry, checking everything at once.</summary>
    /// <param name="organizations">The organizations, in any order.</param>
    /// <param name="memberships">Member → organization pairs; each member at most once.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">
    /// Any organization is malformed, ids repeat, a parent is unknown, parents form a cycle, a
    /// membership names an unknown organization or a member appears twice; every failure is listed.
    /// </exception>
    public OrganizationRegistry(
        IEnumerable<PartyOrganization> organizations,
        IEnumerable<KeyValuePair<MemberId, OrganizationId>> memberships)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(memberships);

        var failures = new List<ValidationFailure>();
        var input = organizations.ToArray();
        byId = new Dictionary<OrganizationId, PartyOrganization>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var organization = input[i];
            var property = $"{nameof(organizations)}[{i}]";
            if (!OrganizationValidator.AddItemFailures(organization, property, failures) || organization.Id.IsDefault)
            {
                continue;
            }

            if (!byId.TryAdd(organization.Id, organization))
            {
                failures.Add(Failures.Of(property + ".Id", OrganizationErrorCodes.DuplicateId, organization.Id.Value, organization.Id.Value));
            }
        }

        foreach (var organization in byId.Values)
        {
            if (organization.ParentId is { IsDefault: false } parent && parent != organization.Id && !byId.ContainsKey(parent))
            {
                failures.Add(Failures.Of(nameof(organizations), OrganizationErrorCodes.ParentUnknown, parent.Value, organization.Id.Value, parent.Value));
            }
        }

        foreach (var cycleMember in FindCycleMembers(byId))
        {
            failures.Add(Failures.Of(nameof(organizations), OrganizationErrorCodes.ParentCycle, cycleMember.Value, cycleMember.Value));
        }

        organizationOfMember = [];
        var members = new Dictionary<OrganizationId, List<MemberId>>();
        var index = 0;
        foreach (var (member, organizationId) in memberships)
        {
            var property = $"{nameof(memberships)}[{index++}]";
            if (member.IsDefault)
            {
                failures.Add(Failures.Of(property + ".Key", OrganizationErrorCodes.MemberIdMissing, null));
                continue;
            }

            if (organizationId.IsDefault || !byId.TryGetValue(organizationId, out var organization))
            {
                failures.Add(Failures.Of(property + ".Value", OrganizationErrorCodes.MembershipUnknownOrganization, organizationId.Value, member.Value, organizationId.Value));
                continue;
            }

            if (!organizationOfMember.TryAdd(member, organization))
            {
                failures.Add(Failures.Of(property + ".Key", OrganizationErrorCodes.MemberInTwoOrganizations, member.Value, member.Value, organizationOfMember[member].Id.Value, organization.Id.Value));
                continue;
            }

            if (!members.TryGetValue(organizationId, out var list))
            {
                members[organizationId] = list = [];
            }

            list.Add(member);
        }

        Failures.ThrowIfAny(failures);

        PartyOrganization[] ordered = [.. byId.Values.OrderBy(o => o.Id)];
        Organizations = Array.AsReadOnly(ordered);
        membersOf = members.ToDictionary(p => p.Key, p => Array.AsReadOnly(p.Value.Order().ToArray()));
        // Every area an organization serves counts as its own; within an area the organizations stay ordered by
        // id, so "the first migrant branch by id" resolves two branches serving one area as before.
        byArea = ordered.SelectMany(o => o.Areas.Select(area => (Area: area, Organization: o)))
            .GroupBy(p => p.Area, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Organization).ToArray(), StringComparer.Ordinal);
        byKind = ordered.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => Array.AsReadOnly(g.ToArray()));
    }

    /// <summary>An empty registry.</summary>
    public static OrganizationRegistry Empty { get; } = new([], []);

    /// <summary>Every organization, ordered by id.</summary>
    public IReadOnlyList<PartyOrganization> Organizations { get; }

    /// <summary>The number of members with a recorded organization.</summary>
    public int MemberCount => organizationOfMember.Count;

    /// <summary>Whether an organization with <paramref name="id"/> is registered.</summary>
    public bool Contains(OrganizationId id) => byId.ContainsKey(id);

    /// <summary>Finds the organization with <paramref name="id"/>.</summary>
    public bool TryGetOrganization(OrganizationId id, [NotNullWhen(true)] out PartyOrganization? organization) =>
        byId.TryGetValue(id, out organization);

    /// <summary>The organization with <paramref name="id"/>.</summary>
    /// <exception cref="InvalidInputException">
    /// The id is the default id (code <c>ORG.ID_MISSING</c>) or no organization has it (code <c>ORG.ORGANIZATION_UNKNOWN</c>).
    /// </exception>
    public PartyOrganization GetOrganization(OrganizationId id) =>
        byId.TryGetValue(id, out var organization)
            ? organization
            : throw new InvalidInputException(
            [
                id.IsDefault
                    ? Failures.Of(nameof(id), OrganizationErrorCodes.IdMissing, null)
                    : Failures.Of(nameof(id), OrganizationErrorCodes.OrganizationUnknown, id.Value, id.Value),
            ]);

    /// <summary>Finds the organization <paramref name="member"/> belongs to.</summary>
    public bool TryGetOrganizationOf(MemberId member, [NotNullWhen(true)] out PartyOrganization? organization) =>
        organizationOfMember.TryGetValue(member, out organization);

    /// <summary>The members of <paramref name="organization"/>, ordered by id; empty when it has none or is unknown.</summary>
    public IReadOnlyList<MemberId> MembersOf(OrganizationId organization) =>
        membersOf.TryGetValue(organization, out var list) ? list : ReadOnlyCollection<MemberId>.Empty;

    /// <summary>The organizations of <paramref name="kind"/>, ordered by id; empty for a kind none has (or one not defined).</summary>
    public IReadOnlyList<PartyOrganization> OfKind(OrganizationKind kind) =>
        byKind.TryGetValue(kind, out var list) ? list : ReadOnlyCollection<PartyOrganization>.Empty;

    /// <summary>The organizations of <paramref name="kind"/> serving <paramref name="areaCode"/> (as their area or a served area), ordered by id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="areaCode"/> is null.</exception>
    public IReadOnlyList<PartyOrganization> InArea(string areaCode, OrganizationKind kind)
    {
        ArgumentNullException.ThrowIfNull(areaCode);
        return byArea.TryGetValue(areaCode, out var serving)
            ? Array.AsReadOnly(Array.FindAll(serving, o => o.Kind == kind))
            : ReadOnlyCollection<PartyOrganization>.Empty;
    }

    /// <summary>
    /// Finds the organization of <paramref name="kind"/> serving <paramref name="areaCode"/> (as its area or a
    /// served area); when several do, the one with the smallest id (so the answer does not depend on input order).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="areaCode"/> is null.</exception>
    public bool TryGetInArea(string areaCode, OrganizationKind kind, [NotNullWhen(true)] out PartyOrganization? organization)
    {
        ArgumentNullException.ThrowIfNull(areaCode);
        foreach (var serving in ServingArea(areaCode))
        {
            if (serving.Kind == kind)
            {
                organization = serving;
                return true;
            }
        }

        organization = null;
        return false;
    }

    /// <summary>Every organization serving <paramref name="areaCode"/>, of any kind, ordered by id.</summary>
    internal ReadOnlySpan<PartyOrganization> ServingArea(string areaCode) =>
        byArea.TryGetValue(areaCode, out var serving) ? serving : [];

    private static SortedSet<OrganizationId> FindCycleMembers(Dictionary<OrganizationId, PartyOrganization> organizations)
    {
        // Each organization has at most one parent, so every walk up ends at a root, at a node an earlier walk
        // finished, or back on its own path: a cycle. Each node is walked once, so a deep chain costs linear time.
        var onCycle = new SortedSet<OrganizationId>();
        var finished = new HashSet<OrganizationId>(organizations.Count);
        var onPath = new Dictionary<OrganizationId, int>();
        var path = new List<OrganizationId>();
        foreach (var start in organizations.Values)
        {
            var current = start;
            while (!finished.Contains(current.Id))
            {
                if (onPath.TryGetValue(current.Id, out var from))
                {
                    for (var i = from; i < path.Count; i++)
                    {
                        onCycle.Add(path[i]);
                    }

                    break;
                }

                onPath.Add(current.Id, path.Count);
                path.Add(current.Id);
                if (current.ParentId is not { IsDefault: false } parentId
                    || parentId == current.Id
                    || !organizations.TryGetValue(parentId, out var parent))
                {
                    break;
                }

                current = parent;
            }

            finished.UnionWith(path);
            onPath.Clear();
            path.Clear();
        }

        return onCycle;
    }
}
