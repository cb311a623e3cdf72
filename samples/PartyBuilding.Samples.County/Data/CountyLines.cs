using System.Text.Json.Serialization;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.County.Data;

/// <summary>
/// One line of a county file (JSON lines, format in docs/samples.md): an object whose <c>type</c> says
/// what it holds. The first line is the <see cref="CountyHeader"/>; organizations come before the mobile
/// members, whom the rules assign to them; other lines in any order.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CountyHeader), "county")]
[JsonDerivedType(typeof(OrganizationLine), "organization")]
[JsonDerivedType(typeof(MobileMemberLine), "mobileMember")]
[JsonDerivedType(typeof(EnterpriseLine), "enterprise")]
[JsonDerivedType(typeof(CaseLine), "case")]
[JsonDerivedType(typeof(RoundLine), "round")]
internal abstract record CountyLine
{
    /// <summary>The key of the record, for messages and duplicate checks.</summary>
    [JsonIgnore]
    public abstract string Key { get; }
}

/// <summary>The first line: the county and the date its records stand on.</summary>
internal sealed record CountyHeader : CountyLine
{
    public required string Name { get; init; }

    public required LocalDate AsOf { get; init; }

    [JsonIgnore]
    public override string Key => Name;
}

/// <summary>One party organization with the figures the structure rules need.</summary>
internal sealed record OrganizationLine : CountyLine
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public OrganizationLevel Level { get; init; }

    public OrganizationKind Kind { get; init; }

    public string? AreaCode { get; init; }

    public string? ParentId { get; init; }

    public int FullMembers { get; init; }

    public int ProbationaryMembers { get; init; }

    public bool HasBranchCommittee { get; init; }

    public LocalDate TermStartedOn { get; init; }

    /// <summary>Members registered in this organization (only those the host needs, e.g. introducers of migrants).</summary>
    public List<string> MemberIds { get; init; } = [];

    [JsonIgnore]
    public override string Key => "organization " + Id;
}

/// <summary>A mobile (migrant) party member and the member's contact records.</summary>
internal sealed record MobileMemberLine : CountyLine
{
    public required string Id { get; init; }

    public MembershipStatus Status { get; init; }

    public string? ResidenceAreaCode { get; init; }

    public string? IntroducedBy { get; init; }

    public LocalDate MonitoredSince { get; init; }

    public List<ContactLine> Contacts { get; init; } = [];

    [JsonIgnore]
    public override string Key => "mobileMember " + Id;
}

/// <summary>One contact with a mobile member.</summary>
internal sealed record ContactLine
{
    public ContactKind Kind { get; init; }

    public LocalDate On { get; init; }
}

/// <summary>A non-public enterprise, in the library's own input shape.</summary>
internal sealed record EnterpriseLine : CountyLine
{
    public required EnterpriseProfile Profile { get; init; }

    [JsonIgnore]
    public override string Key => "enterprise " + Profile.Id.Value;
}

/// <summary>A complaint and what has happened to it, replayed through the case aggregate.</summary>
internal sealed record CaseLine : CountyLine
{
    public required string Id { get; init; }

    /// <summary>A cadre id, or an organization id when <see cref="SubjectIsOrganization"/>.</summary>
    public required string Subject { get; init; }

    public bool SubjectIsOrganization { get; init; }

    public required string Summary { get; init; }

    public LocalDate ReceivedOn { get; init; }

    /// <summary>Earlier substantiated cases of the same subject (conclusion dates), for escalation and the repeat question.</summary>
    public List<LocalDate> PriorSubstantiatedOn { get; init; } = [];

    public List<CaseStepLine> Steps { get; init; } = [];

    /// <summary>A rectification order issued in the case, if any.</summary>
    public OrderLine? Order { get; init; }

    [JsonIgnore]
    public override string Key => "case " + Id;
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
internal sealed record CaseStepLine
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
}

/// <summary>A rectification order (整改) issued to the case's subject.</summary>
internal sealed record OrderLine
{
    public required string Id { get; init; }

    public LocalDate IssuedOn { get; init; }

    public LocalDate Deadline { get; init; }

    public required string Requirement { get; init; }

    public LocalDate? MetOn { get; init; }
}

/// <summary>A democratic evaluation round with the ballots as the voters filled them in.</summary>
internal sealed record RoundLine : CountyLine
{
    public required string Round { get; init; }

    public LocalDate OpensOn { get; init; }

    public LocalDate ClosesOn { get; init; }

    public List<string> Candidates { get; init; } = [];

    public List<RaterGroupLine> Groups { get; init; } = [];

    public List<string> RatedIncompetentInPreviousRound { get; init; } = [];

    public List<BallotLine> Ballots { get; init; } = [];

    [JsonIgnore]
    public override string Key => "round " + Round;
}

internal sealed record RaterGroupLine
{
    public required string Name { get; init; }

    /// <summary>An exact fraction such as <c>1/2</c>; the weights of a round sum to exactly 1.</summary>
    public required string Weight { get; init; }

    public List<string> Voters { get; init; } = [];
}

internal sealed record BallotLine
{
    public required string Voter { get; init; }

    /// <summary>Candidate id → rating; a candidate left out is an abstention.</summary>
    public Dictionary<string, Rating> Ratings { get; init; } = [];
}
