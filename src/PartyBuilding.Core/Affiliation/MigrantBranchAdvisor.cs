using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// Advises setting up a migrant branch (外口党支部) where at least
/// <see cref="AffiliationPolicy.MinimumFullMembersForMigrantBranch"/> full mobile members live and no
/// migrant branch serves the area; the secretary is to be chosen from among those members ("foreigners
/// supervising external affairs") and a liaison officer named by the township committee.
/// </summary>
/// <remarks>
/// Pure, deterministic and thread-safe; the answer does not depend on the order of members or
/// organizations. Members without a fixed residence live in no area and are not counted. Probationary
/// members are reported but do not count toward the threshold and are not candidate secretaries.
/// </remarks>
public sealed class MigrantBranchAdvisor : IMigrantBranchAdvisor
{
    private static readonly MobileMemberValidator Validator = new();
    private readonly PolicySet<AffiliationPolicy> policies;

    /// <summary>Creates the advisor with one policy (labelled <c>default</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public MigrantBranchAdvisor(AffiliationPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates the advisor with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent.</exception>
    public MigrantBranchAdvisor(PolicySet<AffiliationPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new AffiliationPolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public IReadOnlyList<MigrantBranchRecommendation> Advise(IEnumerable<MobileMember> members, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(registry);
        return Advise(members, registry, policies.Undated());
    }

    /// <inheritdoc />
    public IReadOnlyList<MigrantBranchRecommendation> Advise(IEnumerable<MobileMember> members, OrganizationRegistry registry, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(registry);
        return Advise(members, registry, policies.InForceOn(asOf));
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<MigrantBranchRecommendation> Advise(IEnumerable<MobileMember> members, OrganizationRegistry registry, PolicyVersion<AffiliationPolicy> version)
    {
        var policy = version.Policy;

        var failures = new List<ValidationFailure>();
        var seen = new HashSet<MemberId>();
        var byArea = new Dictionary<string, List<MobileMember>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var member in members)
        {
            var property = $"{nameof(members)}[{index++}]";
            Validator.AddFailures(member, property, failures);
            if (member is null)
            {
                continue;
            }

            if (!member.Id.IsDefault && !seen.Add(member.Id))
            {
                failures.Add(Failures.Of(property + ".Id", AffiliationErrorCodes.MemberDuplicate, member.Id.Value, member.Id.Value));
                continue;
            }

            if (member.ResidenceAreaCode is { } area)
            {
                if (!byArea.TryGetValue(area, out var list))
                {
                    byArea[area] = list = [];
                }

                list.Add(member);
            }
        }

        Failures.ThrowIfAny(failures);

        var advice = new List<MigrantBranchRecommendation>();
        foreach (var (area, residents) in byArea.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (registry.TryGetInArea(area, OrganizationKind.Migrant, out _))
            {
                continue;
            }

            MemberId[] full = [.. residents.Where(m => m.Status == MembershipStatus.Full).Select(m => m.Id).Order()];
            if (full.Length < policy.MinimumFullMembersForMigrantBranch)
            {
                continue;
            }

            advice.Add(new MigrantBranchRecommendation(
                area,
                full.Length,
                residents.Count - full.Length,
                Array.AsReadOnly(full),
                Array.AsReadOnly(
                [
                    Reason.Of(AffiliationReasonCodes.EstablishMigrantBranch, area, full.Length, policy.MinimumFullMembersForMigrantBranch),
                    Reason.Of(AffiliationReasonCodes.SecretaryFromMigrants, full.Length),
                    Reason.Of(AffiliationReasonCodes.LiaisonOfficer),
                ]))
            { PolicyLabel = version.Label });
        }

        return advice.AsReadOnly();
    }
}
