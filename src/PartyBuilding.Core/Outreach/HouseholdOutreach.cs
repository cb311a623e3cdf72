namespace PartyBuilding.Core.Outreach;

/// <summary>What a host knows of one household's outreach: its village, its pairings and its records.</summary>
/// <param name="Household">The household.</param>
/// <param name="Village">The village (organization) the household belongs to.</param>
/// <param name="Pairings">Every pairing of the household, in any order; none may overlap another.</param>
/// <param name="Records">Every outreach record of the household, in any order, each made by the cadre paired on its day.</param>
/// <remarks>The lists are copied as they are when set (a null list or item stays, for the validator to name) and compared by content; the assessor validates the whole, so a <c>with</c> is checked where it is accepted.</remarks>
public sealed record HouseholdOutreach(
    HouseholdId Household,
    OrganizationId Village,
    IReadOnlyList<Pairing> Pairings,
    IReadOnlyList<OutreachRecord> Records)
{
    /// <summary>Every pairing of the household: a read-only copy of the list given.</summary>
    public IReadOnlyList<Pairing> Pairings { get; init => field = ValueList<Pairing>.From(value); } = ValueList<Pairing>.From(Pairings);

    /// <summary>Every outreach record of the household: a read-only copy of the list given.</summary>
    public IReadOnlyList<OutreachRecord> Records { get; init => field = ValueList<OutreachRecord>.From(value); } = ValueList<OutreachRecord>.From(Records);
}
