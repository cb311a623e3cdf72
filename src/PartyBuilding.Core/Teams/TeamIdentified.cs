using NodaTime;

namespace PartyBuilding.Core.Teams;

/// <summary>The county identified a team as weak and lax and opened its rectification.</summary>
public sealed record TeamIdentified : RectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="on">The day of identification.</param>
    /// <param name="id">The case's id.</param>
    /// <param name="organization">The team's organization.</param>
    /// <param name="criteria">The criteria met; copied.</param>
    /// <param name="policy">The policy version the case opens under.</param>
    public TeamIdentified(LocalDate on, RectificationCaseId id, OrganizationId organization, IEnumerable<WeakTeamCriterion> criteria, PolicyVersion<TeamsPolicy> policy)
        : base(on)
    {
        Id = id;
        Organization = organization;
        Criteria = ValueList<WeakTeamCriterion>.From(criteria)!;
        Policy = policy;
    }

    /// <summary>The case's id.</summary>
    public RectificationCaseId Id { get; init; }

    /// <summary>The team's organization.</summary>
    public OrganizationId Organization { get; init; }

    /// <summary>The criteria met, as identified.</summary>
    public IReadOnlyList<WeakTeamCriterion> Criteria { get; init => field = ValueList<WeakTeamCriterion>.From(value); }

    /// <summary>The policy version the case opens under.</summary>
    public PolicyVersion<TeamsPolicy> Policy { get; init; }
}
