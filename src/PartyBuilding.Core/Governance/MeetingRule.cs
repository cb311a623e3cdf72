namespace PartyBuilding.Core.Governance;

/// <summary>The quorum and the majority of one kind of meeting.</summary>
/// <param name="Quorum">The share of those due who must be present.</param>
/// <param name="Passing">The share of votes for that passes a matter.</param>
/// <param name="PassingCountsDue">Whether <paramref name="Passing"/> is a share of those due (true) or of those present (false).</param>
public sealed record MeetingRule(RatioThreshold Quorum, RatioThreshold Passing, bool PassingCountsDue);
