namespace PartyBuilding.Core.Outreach;

/// <summary>What a host knows of one household's outreach: its village, its pairings and its records.</summary>
/// <param name="Household">The household.</param>
/// <param name="Village">The village (organization) the household belongs to.</param>
/// <param name="Pairings">Every pairing of the household, in any order; none may overlap another.</param>
/// <param name="Records">Every outreach record of the household, in any order, each made by the cadre paired on its day.</param>
/// <remarks>The lists are copied when set and compared by content; the assessor validates the whole (a <c>with</c> is checked where it is accepted).</remarks>
public sealed record HouseholdOutreach(
    HouseholdId Household,
    OrganizationId Village,
    IReadOnlyList<Pairing> Pairings,
    IReadOnlyList<OutreachRecord> Records)
{
    /// <summary>Every pairing of the household: a read-only copy.</summary>
    public IReadOnlyList<Pairing> Pairings { get; init => field = ValueList<Pairing>.Copy(value, nameof(Pairings)); } = ValueList<Pairing>.Copy(Pairings, nameof(Pairings));

    /// <summary>Every outreach record of the household: a read-only copy.</summary>
    public IReadOnlyList<OutreachRecord> Records { get; init => field = ValueList<OutreachRecord>.Copy(value, nameof(Records)); } = ValueList<OutreachRecord>.Copy(Records, nameof(Records));
}
