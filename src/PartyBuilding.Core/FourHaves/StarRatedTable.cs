namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// The second shipped table, <see cref="FourHavesPolicy.StarRated"/>: written in the shape of the 100-point
/// star-rating tables (星级评定) provinces and cities publish for party organizations in non-public enterprises —
/// points over the four haves, five star levels, and veto items (一票否决). The shape follows those published
/// tables in general, not one province's; the figures and the province-named facts are illustrative
/// (<c>docs/four-haves.md</c>, "The star-rated table").
/// </summary>
internal static class StarRatedTable
{
    /// <summary>Times the organization's head sat in on the management's meetings (列席企业管理层会议).</summary>
    public const string ManagementMeetingsAttended = nameof(ManagementMeetingsAttended);

    /// <summary>Party-member volunteer service events (党员志愿服务).</summary>
    public const string VolunteerServiceEvents = nameof(VolunteerServiceEvents);

    /// <summary>Branch meetings, committee meetings, group meetings and party lectures held (三会一课).</summary>
    public const string BranchMeetingsHeld = nameof(BranchMeetingsHeld);

    /// <summary>Whether the organization has an activity room of its own (党员活动阵地), 0 or 1.</summary>
    public const string ActivityRoomEstablished = nameof(ActivityRoomEstablished);

    /// <summary>Collective labour disputes (集体劳动争议) in the year.</summary>
    public const string CollectiveLabourDisputes = nameof(CollectiveLabourDisputes);

    /// <summary>Major work-safety accidents (重大安全生产事故) in the year.</summary>
    public const string MajorSafetyAccidents = nameof(MajorSafetyAccidents);

    /// <summary>The table (a new policy each call).</summary>
    public static FourHavesPolicy Create() => new()
    {
        Indicators =
        [
            // Seat 有位置 (25)
            new("SEAT.DECISIONS", Have.Seat, new FlagRule(EnterpriseFact.TakesPartInDecisions, 8)),
            new("SEAT.LED_BY_MANAGEMENT", Have.Seat, new FlagRule(EnterpriseFact.BranchLedByManagement, 6)),
            new("SEAT.IDEAS_ADOPTED", Have.Seat, new CountRule(EnterpriseFact.IdeasAdopted, 2, 6)),
            new("SEAT.MANAGEMENT_MEETINGS", Have.Seat, new CountRule(new FactKey(ManagementMeetingsAttended), 1, 5)),

            // Action 有作为 (25)
            new("ACTION.KEY_POSTS", Have.Action, new CountRule(EnterpriseFact.MembersInKeyPosts, 2, 8)),
            new("ACTION.PIONEER_POSTS", Have.Action, new CountRule(EnterpriseFact.PioneerPosts, 2, 6)),
            new("ACTION.TECHNICAL_ACHIEVEMENTS", Have.Action, new CountRule(EnterpriseFact.TechnicalAchievements, 3, 6)),
            new("ACTION.VOLUNTEER_SERVICE", Have.Action, new CountRule(new FactKey(VolunteerServiceEvents), 1, 5)),

            // Attraction 有吸引力 (25)
            new("ATTRACTION.BRANCH_MEETINGS", Have.Attraction, new CountRule(new FactKey(BranchMeetingsHeld), 1, 8)),
            new("ATTRACTION.ACTIVITY_ROOM", Have.Attraction, new FlagRule(new FactKey(ActivityRoomEstablished), 3)),
            new("ATTRACTION.UNION", Have.Attraction, new FlagRule(EnterpriseFact.UnionEstablished, 3)),
            new("ATTRACTION.LEAGUE", Have.Attraction, new FlagRule(EnterpriseFact.LeagueEstablished, 3)),
            new("ATTRACTION.APPLICANTS", Have.Attraction, new CountRule(EnterpriseFact.MembershipApplicants, 2, 8)),

            // Supervision 有监督 (25)
            new("SUPERVISION.COMPLIANCE_CHECKS", Have.Supervision, new CountRule(EnterpriseFact.ComplianceAreasChecked, 3, 12)),
            new("SUPERVISION.VIOLATIONS_RESOLVED", Have.Supervision, new ShareRule(
                EnterpriseFact.ViolationsResolved, EnterpriseFact.ViolationsFound,
                [new ShareBand(RatioThreshold.AtLeast(3, 4), 3), new ShareBand(RatioThreshold.AtLeast(1, 1), 5)],
                5)),
            new("SUPERVISION.NO_SERIOUS_UNRESOLVED", Have.Supervision, new AbsenceRule(EnterpriseFact.SeriousViolationsUnresolved, 4)),
            new("SUPERVISION.NO_COLLECTIVE_DISPUTES", Have.Supervision, new AbsenceRule(new FactKey(CollectiveLabourDisputes), 4)),
        ],

        // Listed from five stars down, as the published tables print them; the engine orders them by total.
        GradeBands =
        [
            new(Grade.Excellent, 95, 100) { Key = "STAR.5", NameEn = "Five stars", NameZhCn = "五星" },
            new(Grade.Excellent, 88, 94) { Key = "STAR.4", NameEn = "Four stars", NameZhCn = "四星" },
            new(Grade.Good, 80, 87) { Key = "STAR.3", NameEn = "Three stars", NameZhCn = "三星" },
            new(Grade.Fair, 70, 79) { Key = "STAR.2", NameEn = "Two stars", NameZhCn = "二星" },
            new(Grade.Fair, 60, 69) { Key = "STAR.1", NameEn = "One star", NameZhCn = "一星" },
            new(Grade.Poor, 0, 59) { Key = "STAR.0", NameEn = "No star", NameZhCn = "未定星" },
        ],

        Vetoes =
        [
            new("VETO.SERIOUS_UNRESOLVED", EnterpriseFact.SeriousViolationsUnresolved, Grade.Poor),
            new("VETO.MAJOR_SAFETY_ACCIDENT", new FactKey(MajorSafetyAccidents), Grade.Poor),
            new("VETO.REPEATED_COLLECTIVE_DISPUTES", new FactKey(CollectiveLabourDisputes), Grade.Fair) { Figure = 2 },
            new("VETO.NO_BRANCH_MEETINGS", new FactKey(BranchMeetingsHeld), Grade.Poor) { Condition = VetoCondition.EqualsZero },
        ],
    };
}
