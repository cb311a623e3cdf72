using PartyBuilding.Core.Members;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// A mobile party member (流动党员): a member living in the township whose membership has not been
/// transferred here and who has been unable to attend their own branch for 6 consecutive months or more.
/// </summary>
/// <param name="Id">The member's id; not the default id.</param>
/// <param name="Status">Full or probationary; both follow the same affiliation rule.</param>
/// <param name="ResidenceAreaCode">
/// The area (village, community, settlement) of the member's fixed residence, compared ordinally as
/// organizations' <see cref="Organizations.PartyOrganization.AreaCode"/> are; null when the member has no
/// fixed residence. Never empty or whitespace.
/// </param>
/// <param name="IntroducedBy">The member who introduced them to a migrant branch, if any; never the member themself.</param>
public sealed record MobileMember(MemberId Id, MembershipStatus Status, string? ResidenceAreaCode, MemberId? IntroducedBy = null);
