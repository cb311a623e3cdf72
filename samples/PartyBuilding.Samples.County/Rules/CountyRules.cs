using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Samples.County.Data;

namespace PartyBuilding.Samples.County.Rules;

/// <summary>
/// Runs the library's rule services over a county's lines, batch by batch, and makes the summaries a host
/// stores: structure (term ends), affiliation and contact standing, coverage and the four haves, case
/// replay and escalation, the democratic evaluation tally.
/// </summary>
internal sealed class CountyRules
{
    private static readonly MobileMemberValidator MemberValidator = new();

    private readonly string source;
    private readonly LocalDate asOf;
    private readonly StructurePolicy structure;
    private readonly IStructureAdvisor advisor;
    private readonly IAffiliationAssigner assigner;
    private readonly IContactStandingAssessor standing;
    private readonly ICoverageAnalyzer coverage;
    private readonly IFourHavesAssessor fourHaves;
    private readonly IDemocraticEvaluationTally tally;
    private readonly CaseReplay cases;
    private readonly OrganizationRegistry registry;

    /// <summary>Checks the shape of the whole input (header first, no duplicate, organizations before members) and builds the county's registry.</summary>
    public CountyRules(IServiceProvider services, string source, IReadOnlyList<(int Line, CountyLine Record)> lines)
    {
        this.source = source;
        if (lines.Count == 0 || lines[0].Record is not CountyHeader header)
        {
            throw new HostException($"{source}: line {(lines.Count == 0 ? 1 : lines[0].Line)}: the first record must be the county header ({{\"type\":\"county\",…}})");
        }

        asOf = header.AsOf;
        Header = header;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var firstMember = int.MaxValue;
        foreach (var (line, record) in lines)
        {
            if (line != lines[0].Line && record is CountyHeader)
            {
                throw new HostException($"{source}: line {line}: a second county header");
            }

            if (!seen.Add(record.Key))
            {
                throw new HostException($"{source}: line {line}: duplicate {record.Key}");
            }

            if (record is MobileMemberLine)
            {
                firstMember = Math.Min(firstMember, line);
            }
            else if (record is OrganizationLine && line > firstMember)
            {
                throw new HostException($"{source}: line {line}: organizations must come before the mobile members (first member on line {firstMember})");
            }
        }

        structure = services.GetRequiredService<StructurePolicy>();
        advisor = services.GetRequiredService<IStructureAdvisor>();
        assigner = services.GetRequiredService<IAffiliationAssigner>();
        standing = services.GetRequiredService<IContactStandingAssessor>();
        coverage = services.GetRequiredService<ICoverageAnalyzer>();
        fourHaves = services.GetRequiredService<IFourHavesAssessor>();
        tally = services.GetRequiredService<IDemocraticEvaluationTally>();
        cases = new CaseReplay(services.GetRequiredService<PolicySet<AccountabilityPolicy>>(), services.GetRequiredService<IAccountabilityEscalator>());

        var organizations = lines.Where(l => l.Record is OrganizationLine).Select(l => (l.Line, Record: (OrganizationLine)l.Record)).ToList();
        var built = organizations.Select(o => Guard.Run(Where(o.Line, o.Record), () => new PartyOrganization(
            new OrganizationId(o.Record.Id), o.Record.Name, o.Record.Level, o.Record.Kind, o.Record.AreaCode,
            o.Record.ParentId is null ? null : new OrganizationId(o.Record.ParentId)))).ToList();
        var memberships = organizations.SelectMany(o => o.Record.MemberIds.Select(m => Guard.Run(Where(o.Line, o.Record), () =>
            KeyValuePair.Create(new MemberId(m), new OrganizationId(o.Record.Id))))).ToList();
        registry = Guard.Run($"{source}: organizations", () => new OrganizationRegistry(built, memberships));
    }

    public CountyHeader Header { get; }

    public RuleTotals Totals { get; } = new();

    /// <summary>The summaries of one batch of lines.</summary>
    public SummaryBatch Run(int index, IReadOnlyList<(int Line, CountyLine Record)> batch)
    {
        var result = new SummaryBatch(index, batch[0].Line, batch[^1].Line);
        foreach (var (line, record) in batch)
        {
            var where = Where(line, record);
            switch (record)
            {
                case CountyHeader:
                    break;
                case OrganizationLine o:
                    result.Organizations.Add(Guard.Run(where, () => Organization(o)));
                    break;
                case MobileMemberLine m:
                    result.MobileMembers.Add(Guard.Run(where, () => Member(m)));
                    break;
                case EnterpriseLine e:
                    result.Enterprises.Add(Guard.Run(where, () => Enterprise(e.Profile)));
                    break;
                case CaseLine c:
                    Guard.Run(where, () => Case(c, result));
                    break;
                case RoundLine r:
                    Guard.Run(where, () => Round(r, result));
                    break;
                default:
                    throw new HostException($"{where}: unknown record");
            }
        }

        return result;
    }

    private string Where(int line, CountyLine record) => $"{source}: line {line} ({record.Key})";

    private OrganizationSummary Organization(OrganizationLine o)
    {
        // The advisor checks the figures (it refuses negative counts with its code) before they are stored.
        advisor.Advise(o.FullMembers, o.ProbationaryMembers);
        if (o.Level == OrganizationLevel.Branch)
        {
            Totals.PartyMembers += (long)o.FullMembers + o.ProbationaryMembers;
        }

        return new OrganizationSummary
        {
            Id = new OrganizationId(o.Id),
            Level = o.Level,
            Kind = o.Kind,
            FullMembers = o.FullMembers,
            ProbationaryMembers = o.ProbationaryMembers,
            HasBranchCommittee = o.HasBranchCommittee,
            TermEndsOn = structure.TermEndOf(o.Level, o.TermStartedOn),
        };
    }

    private MobileMemberSummary Member(MobileMemberLine m)
    {
        var member = new MobileMember(new MemberId(m.Id), m.Status, m.ResidenceAreaCode, m.IntroducedBy is null ? null : new MemberId(m.IntroducedBy));
        var checks = MemberValidator.Validate(member);
        if (!checks.IsValid)
        {
            throw new InvalidInputException(checks.Errors);
        }

        var contacts = m.Contacts.Where(c => c.On <= asOf).Select(c => new ContactRecord(member.Id, c.Kind, c.On)).ToList();
        var decision = assigner.Assign(member, registry);
        var assessment = standing.Assess(member.Id, m.MonitoredSince, contacts, asOf);
        Totals.MobileMembers++;
        Totals.Assigned += decision.Outcome == AffiliationOutcome.Assigned ? 1 : 0;
        Totals.FlaggedByAssessor += assessment.IsFlaggedForReview ? 1 : 0;

        LocalDate? Last(ContactKind? kind) => contacts.Where(c => kind is null || c.Kind == kind).Select(c => (LocalDate?)c.On).Max();
        return new MobileMemberSummary
        {
            Id = member.Id,
            Status = m.Status,
            ResidenceAreaCode = m.ResidenceAreaCode,
            Organization = decision.Organization,
            Mode = decision.Mode,
            MonitoredSince = m.MonitoredSince,
            LastReportOn = Last(ContactKind.Report),
            LastContactOn = Last(null),
            LastOrganizationalLifeOn = Last(ContactKind.OrganizationalLife),
            LastDuesPaidOn = Last(ContactKind.DuesPaid),
            LastAssignedWorkOn = Last(ContactKind.AssignedWork),
        };
    }

    private EnterpriseAssessmentSummary Enterprise(EnterpriseProfile profile)
    {
        var kind = coverage.Classify(profile).Kind;
        Totals.Enterprises++;

        // The four haves are assessed where a party organization works: its own, or a joint branch.
        if (profile.Operating && kind is CoverageKind.OwnOrganization or CoverageKind.JointBranch)
        {
            Totals.Assessed++;
            return EnterpriseAssessmentSummary.From(profile, kind, fourHaves.Assess(profile), asOf);
        }

        return new EnterpriseAssessmentSummary { Id = profile.Id, AreaCode = profile.AreaCode, Operating = profile.Operating, Coverage = kind };
    }

    private int Case(CaseLine line, SummaryBatch batch)
    {
        var replayed = cases.Replay(line, asOf);
        Totals.Cases++;
        Totals.OverdueByAggregate += replayed.IsOverdueOn(asOf) ? 1 : 0;
        var previous = line.PriorSubstantiatedOn.Count == 0 ? (LocalDate?)null : line.PriorSubstantiatedOn.Max();
        batch.Cases.Add(AccountabilityCaseSummary.Of(replayed, previous));
        if (CaseReplay.Order(line, replayed.Subject, asOf) is { } order)
        {
            batch.Orders.Add(RectificationOrderSummary.Of(order));
        }

        return 0;
    }

    private int Round(RoundLine line, SummaryBatch batch)
    {
        var round = new EvaluationRound(
            new RoundId(line.Round),
            line.Candidates.Select(c => new CadreId(c)),
            line.Groups.Select(g => new RaterGroup(g.Name, Weight(g), g.Voters.Select(v => new VoterId(v)))),
            line.OpensOn,
            line.ClosesOn);
        var box = new BallotBox(round);
        foreach (var ballot in line.Ballots)
        {
            var paper = box.Issue(new VoterId(ballot.Voter));
            box.Cast(paper, ballot.Ratings.Select(r => new CandidateRating(new CadreId(r.Key), r.Value)));
        }

        box.Close();
        var result = tally.Tally(box, line.RatedIncompetentInPreviousRound.Select(c => new CadreId(c)));
        batch.Rounds.Add(result.ToSummary());
        batch.Candidates.AddRange(result.ToCandidateSummaries());
        Totals.Rounds++;
        Totals.Candidates += line.Candidates.Count;
        return 0;
    }

    private static Ratio Weight(RaterGroupLine group)
    {
        var parts = group.Weight.Split('/');
        return parts.Length == 2 && long.TryParse(parts[0], out var numerator) && long.TryParse(parts[1], out var denominator) && numerator >= 0 && denominator > 0
            ? new Ratio(numerator, denominator)
            : throw new HostException($"group '{group.Name}': weight '{group.Weight}' is not a fraction such as 1/2");
    }
}
