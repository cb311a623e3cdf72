using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// A township as the sample host reads it from JSON (format: docs/samples.md). Plain strings and
/// numbers, as a host's own store would hold them; <see cref="TownshipMapper"/> turns them into the
/// library's types and reports every bad record.
/// </summary>
internal sealed record TownshipData
{
    public required string Name { get; init; }

    /// <summary>The Chinese name; when absent the Chinese report shows <see cref="Name"/>.</summary>
    public string? NameZh { get; init; }

    public required LocalDate AsOf { get; init; }

    /// <summary>The named areas (villages, communities, settlements) by area code; an area not listed is shown by its code.</summary>
    public List<AreaRecord> Areas { get; init; } = [];

    public int MigrantPopulation { get; init; }

    public List<OrganizationRecord> Organizations { get; init; } = [];

    public List<MembershipRecord> Memberships { get; init; } = [];

    public List<MobileMemberRecord> MobileMembers { get; init; } = [];

    public List<ContactRecordData> Contacts { get; init; } = [];

    public List<CaseRecord> Cases { get; init; } = [];

    public List<PetitionRecord> Petitions { get; init; } = [];

    /// <summary>Non-public enterprises, in the library's own input shape.</summary>
    public List<EnterpriseProfile> Enterprises { get; init; } = [];

    /// <summary>The democratic evaluation of village cadres, if one was held.</summary>
    public EvaluationRecord? Evaluation { get; init; }

    /// <summary>Households in the "six ones" activity, with their pairings and records.</summary>
    public List<HouseholdRecord> Households { get; init; } = [];
    public EducationRecord? Education { get; init; }
    /// <summary>The village teams (Data/MazhuTown.Teams.cs), if recorded.</summary>
    public TeamsRecord? Teams { get; init; }
    /// <summary>Members' dues: category, income, admission and months paid (<see cref="DuesMemberRecord"/>).</summary>
    public List<DuesMemberRecord> Dues { get; init; } = [];
}

/// <summary>One organization with the figures the structure rules need.</summary>
internal sealed record OrganizationRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The Chinese name; when absent the Chinese report shows <see cref="Name"/>.</summary>
    public string? NameZh { get; init; }

    public OrganizationLevel Level { get; init; }

    public OrganizationKind Kind { get; init; }

    public string? AreaCode { get; init; }

    public string? ParentId { get; init; }

    public int FullMembers { get; init; }

    public int ProbationaryMembers { get; init; }

    public bool HasBranchCommittee { get; init; }

    public LocalDate TermStartedOn { get; init; }
}

/// <summary>A member's one organization (一方隶属).</summary>
internal sealed record MembershipRecord
{
    public required string MemberId { get; init; }

    public required string OrganizationId { get; init; }
}

/// <summary>A mobile (migrant) party member living in the township.</summary>
internal sealed record MobileMemberRecord
{
    public required string Id { get; init; }

    public MembershipStatus Status { get; init; }

    /// <summary>Null when the member has no fixed residence.</summary>
    public string? ResidenceAreaCode { get; init; }

    public string? IntroducedBy { get; init; }

    /// <summary>The day the member came under the township's management.</summary>
    public LocalDate MonitoredSince { get; init; }
}

/// <summary>One contact with a mobile member (report, visit, organizational life, dues, assigned work).</summary>
internal sealed record ContactRecordData
{
    public required string MemberId { get; init; }

    public ContactKind Kind { get; init; }

    public LocalDate On { get; init; }
}

/// <summary>A complaint and what has happened to it, replayed through the case aggregate.</summary>
internal sealed record CaseRecord
{
    public required string Id { get; init; }

    /// <summary>A cadre id, or an organization id when <see cref="SubjectIsOrganization"/>.</summary>
    public required string Subject { get; init; }

    public bool SubjectIsOrganization { get; init; }

    public required string Summary { get; init; }

    public LocalDate ReceivedOn { get; init; }

    /// <summary>Earlier substantiated cases of the same subject (dates), for escalation.</summary>
    public List<LocalDate> PriorSubstantiatedOn { get; init; } = [];

    public List<CaseStep> Steps { get; init; } = [];
}

/// <summary>What a case step does.</summary>
internal enum CaseStepKind
{
    StartInvestigation,
    Extend,
    Conclude,
    Sanction,
    Disclose,
    Close,
}

/// <summary>One dated step of a case. <see cref="CaseStepKind.Sanction"/> asks the library's escalator for the decision.</summary>
internal sealed record CaseStep
{
    public CaseStepKind Kind { get; init; }

    public LocalDate On { get; init; }

    /// <summary>For <see cref="CaseStepKind.Extend"/>: days and reason.</summary>
    public int Days { get; init; }

    public string? Reason { get; init; }

    /// <summary>For <see cref="CaseStepKind.Conclude"/>: the finding.</summary>
    public bool Substantiated { get; init; }

    public MisconductKind? Misconduct { get; init; }

    public Impact? Impact { get; init; }

    public bool ObstructedInvestigation { get; init; }

    public bool PromptRemedy { get; init; }

    public bool DissentRecorded { get; init; }

    public bool ForceMajeure { get; init; }
}

/// <summary>A democratic evaluation round with the ballots as the voters filled them in.</summary>
internal sealed record EvaluationRecord
{
    public required string Round { get; init; }

    public LocalDate OpensOn { get; init; }

    public LocalDate ClosesOn { get; init; }

    public List<string> Candidates { get; init; } = [];

    public List<RaterGroupRecord> Groups { get; init; } = [];

    /// <summary>Cadres rated incompetent in the previous round (two in a row ends a village committee member's office).</summary>
    public List<string> RatedIncompetentInPreviousRound { get; init; } = [];

    /// <summary>Each voter's ballot. The host hands them to the ballot box, which keeps no link from voter to ballot.</summary>
    public List<BallotRecord> Ballots { get; init; } = [];
}

internal sealed record RaterGroupRecord
{
    /// <summary>The English name: also the group's identity in the round (the library's <c>RaterGroup</c> name).</summary>
    public required string Name { get; init; }

    /// <summary>The Chinese name, display only; when absent the Chinese report shows <see cref="Name"/>.</summary>
    public string? NameZh { get; init; }

    /// <summary>An exact fraction such as <c>1/2</c>; the weights of a round sum to exactly 1.</summary>
    public required string Weight { get; init; }

    public List<string> Voters { get; init; } = [];
}

internal sealed record BallotRecord
{
    public required string Voter { get; init; }

    public List<RatingRecord> Ratings { get; init; } = [];

    /// <summary>The box the paper was issued from and cast into: "mobile" (流动票箱) or, when absent, the fixed box.</summary>
    public string? Box { get; init; }
}

internal sealed record RatingRecord
{
    public required string Candidate { get; init; }

    public Rating Rating { get; init; }
}
