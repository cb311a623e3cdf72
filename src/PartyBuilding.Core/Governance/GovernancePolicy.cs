using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>
/// The figures of major-matter procedures, village affairs disclosure and audits (seed: part 4, first;
/// 村民委员会组织法; 中国共产党支部工作条例（试行）2018). Every figure is a default a host may override; sources
/// are cited on each property and in <c>docs/policies.md</c>.
/// </summary>
/// <remarks>
/// <see cref="Versions"/> holds the village committee law as amended in 2018 and as amended on 2025-10-28
/// (in force 2026-01-01); a procedure cites the text in force on the day it was decided.
/// </remarks>
public sealed record GovernancePolicy
{
    /// <summary>The longest interval in months the library accepts (100 years).</summary>
    public const int MaxMonths = 1200;

    /// <summary>The longest interval in days the library accepts (100 years).</summary>
    public const int MaxDays = 36500;

    /// <summary>The figures under the village committee law as amended on 2018-12-29.</summary>
    public static GovernancePolicy Default { get; } = new();

    /// <summary>
    /// The figures under the village committee law as amended on 2025-10-28 (in force 2026-01-01): the 2018
    /// figures and article numbers carried over, as its <see cref="SourceNote"/> says, until the amended text is confirmed.
    /// </summary>
    public static GovernancePolicy Amended2026 { get; } = Default with
    {
        LawVersion = "2026",
        SourceNote = "村民委员会组织法 as amended 2025-10-28, in force 2026-01-01 (a new Art. 5 on party leadership renumbers the articles); the 2018 figures and article numbers are carried over until the amended text is confirmed.",
    };

    /// <summary>The default versions: <c>vcl-2018</c> from 2018-12-29 and <c>vcl-2026</c> from 2026-01-01.</summary>
    public static PolicySet<GovernancePolicy> Versions { get; } = new(
    [
        new PolicyVersion<GovernancePolicy>("vcl-2018", new LocalDate(2018, 12, 29), Default),
        new PolicyVersion<GovernancePolicy>("vcl-2026", new LocalDate(2026, 1, 1), Amended2026),
    ]);

    /// <summary>The version of the village committee law the figures follow, cited by the reasons.</summary>
    /// <value>The default value is <c>2018</c> (<c>2026</c> in <see cref="Amended2026"/>).</value>
    public string LawVersion { get; init; } = "2018";

    /// <summary>Where the figures of this version come from.</summary>
    /// <value>The default value names the 2018 text.</value>
    public string SourceNote { get; init; } = "村民委员会组织法 as amended 2018-12-29 (Arts. 22, 26, 30, 35).";

    /// <summary>The article on the villagers' meeting quorum.</summary>
    /// <value>The default value is 22 (2018 text; carried over in 2026).</value>
    public int VillagersMeetingArticle { get; init; } = 22;

    /// <summary>The article on the representatives' meeting quorum.</summary>
    /// <value>The default value is 26 (2018 text; carried over in 2026).</value>
    public int RepresentativesMeetingArticle { get; init; } = 26;

    /// <summary>The article on village affairs disclosure.</summary>
    /// <value>The default value is 30 (2018 text; carried over in 2026).</value>
    public int DisclosureArticle { get; init; } = 30;

    /// <summary>The article on tenure and departure audits.</summary>
    /// <value>The default value is 35 (2018 text; carried over in 2026).</value>
    public int AuditArticle { get; init; } = 35;

    /// <summary>Township: the sum in yuan from which an expenditure is a "large sum" (大额资金) the committee decides.</summary>
    /// <value>The default value is 1,000,000 (local practice example).</value>
    public decimal LargeSumThreshold { get; init; } = 1_000_000m;

    /// <summary>Township: the party committee meeting that decides a "three majors, one large" matter.</summary>
    /// <value>The default value is at least 2/3 present, passed by more than 1/2 of those due (local practice example).</value>
    public MeetingRule CommitteeMeeting { get; init; } = new(RatioThreshold.AtLeast(2, 3), RatioThreshold.MoreThan(1, 2), PassingCountsDue: true);

    /// <summary>Village: the branch committee meeting that proposes.</summary>
    /// <value>The default value is at least 1/2 present, passed by more than 1/2 of those due (local practice example).</value>
    public MeetingRule BranchCommitteeMeeting { get; init; } = new(RatioThreshold.AtLeast(1, 2), RatioThreshold.MoreThan(1, 2), PassingCountsDue: true);

    /// <summary>Village: the joint meeting of the two committees.</summary>
    /// <value>The default value is at least 1/2 present, passed by more than 1/2 of those due (local practice example).</value>
    public MeetingRule JointMeeting { get; init; } = new(RatioThreshold.AtLeast(1, 2), RatioThreshold.MoreThan(1, 2), PassingCountsDue: true);

    /// <summary>Village: the party members' meeting; due are the voting members of record less those excused with approval.</summary>
    /// <value>The default value is at least 1/2 of those due present (半数以上), passed by more than 1/2 of those due (支部工作条例（试行）2018).</value>
    public MeetingRule MembersMeeting { get; init; } = new(RatioThreshold.AtLeast(1, 2), RatioThreshold.MoreThan(1, 2), PassingCountsDue: true);

    /// <summary>Village: the villagers' meeting; due are the villagers aged 18 or over (or see <see cref="VillagersHouseholdQuorum"/>).</summary>
    /// <value>The default value is more than 1/2 present, passed by more than 1/2 of those present (村民委员会组织法 Art. 22).</value>
    public MeetingRule VillagersMeeting { get; init; } = new(RatioThreshold.MoreThan(1, 2), RatioThreshold.MoreThan(1, 2), PassingCountsDue: false);

    /// <summary>Village: the share of households whose representatives present also make a villagers' meeting's quorum.</summary>
    /// <value>The default value is at least 2/3 (村民委员会组织法 Art. 22).</value>
    public RatioThreshold VillagersHouseholdQuorum { get; init; } = RatioThreshold.AtLeast(2, 3);

    /// <summary>Village: the villagers' representatives' meeting.</summary>
    /// <value>The default value is at least 2/3 present, passed by more than 1/2 of those present (村民委员会组织法 Art. 26).</value>
    public MeetingRule RepresentativesMeeting { get; init; } = new(RatioThreshold.AtLeast(2, 3), RatioThreshold.MoreThan(1, 2), PassingCountsDue: false);

    /// <summary>Village: days before the party members' meeting by which party members are told of the matter.</summary>
    /// <value>The default value is 3 (local practice example of the prior notice system, 党员事先告知).</value>
    public int MembersNoticeDaysBefore { get; init; } = 3;

    /// <summary>Village: the expenditure in yuan from which both the secretary and the director sign (两委联签).</summary>
    /// <value>The default value is 50,000 (local practice example).</value>
    public decimal JointSignatureThreshold { get; init; } = 50_000m;

    /// <summary>Village: whether a second committee member signs where one person is both secretary and director.</summary>
    /// <value>The default value is true (local practice example).</value>
    public bool SecondSignerWhenPostsCombined { get; init; } = true;

    /// <summary>Months within which general village affairs are disclosed again.</summary>
    /// <value>The default value is 3: at least quarterly (村民委员会组织法 Art. 30).</value>
    public int GeneralDisclosureMonths { get; init; } = 3;

    /// <summary>Months within which finances are disclosed again where the village is set to monthly.</summary>
    /// <value>The default value is 1: monthly where transactions are many (村民委员会组织法 Art. 30).</value>
    public int FinanceDisclosureMonths { get; init; } = 1;

    /// <summary>Days after its decision within which a major matter, and a resolution, is disclosed.</summary>
    /// <value>The default value is 5 (a local choice with no source: Art. 30 says "at once", 随时).</value>
    public int MajorMatterDisclosureDays { get; init; } = 5;

    /// <summary>Days a disclosure notice stays posted at least.</summary>
    /// <value>The default value is 5 (local practice example).</value>
    public int NoticePostedDays { get; init; } = 5;

    /// <summary>Months within which village finances are audited again.</summary>
    /// <value>The default value is 12: yearly (local practice example of the regular audit system).</value>
    public int FinanceAuditMonths { get; init; } = 12;
}
