namespace PartyBuilding.Core.Teams;

/// <summary>One village organization's score in a county's (or township's) ranking; a higher score is better.</summary>
/// <param name="Organization">The organization ranked.</param>
/// <param name="Score">Its score, from the host's own assessment.</param>
public sealed record TeamScore(OrganizationId Organization, int Score);
