namespace PartyBuilding.Core.Outreach;

/// <summary>The "six ones" (六个一) a cadre achieves for each household in their care.</summary>
public enum OutreachItem
{
    /// <summary>An archive of the household's situation and concerns (建一份档案); counts once per pairing.</summary>
    Archive,

    /// <summary>A contact card given to the household (发一张连心卡); counts once per pairing.</summary>
    ContactCard,

    /// <summary>A policy promoted (宣传一项政策); counts once a year.</summary>
    PolicyPromoted,

    /// <summary>A problem solved (解决一个问题); counts once a year.</summary>
    ProblemSolved,

    /// <summary>A way to prosperity found (找一条致富门路); counts once a year.</summary>
    WayToProsperity,

    /// <summary>A good deed done (办一件好事); counts once a year.</summary>
    GoodDeed,
}
