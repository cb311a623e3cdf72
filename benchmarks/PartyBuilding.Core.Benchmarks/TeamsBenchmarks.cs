using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Teams;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Teams: identify 100,000 village teams (a fixed seed; about a third weak and lax), against the floor (a hand-written
/// loop that makes the profile's checks inline, applies the default criteria and builds the same
/// <see cref="WeakTeamAssessment"/>, reasons written with <see cref="Reason.Of"/>; the baseline) and the bare loop (the
/// count of criteria met, nothing built). Also the review ranking of the same 100,000 scores.
/// </summary>
[MemoryDiagnoser]
public class TeamsBenchmarks
{
    private const int Teams = 100_000;
    private static readonly LocalDate AsOf = new(2026, 6, 30);

    private readonly WeakTeamAssessor assessor = new();
    private TeamProfile[] profiles = [];
    private TeamScore[] scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20);
        profiles = [.. Enumerable.Range(0, Teams).Select(i => Profile(random, i))];
        scores = [.. profiles.Select((p, i) => new TeamScore(p.Organization, random.Next(0, 1000)))];
        foreach (var p in profiles.Take(2_000))
        {
            var (library, floor) = (assessor.Assess(p, AsOf), HandWritten(p));
            if (library.IsWeakAndLax != floor.IsWeakAndLax || !library.CriteriaMet.SequenceEqual(floor.CriteriaMet)
                || !library.Reasons.SequenceEqual(floor.Reasons) || library.PolicyLabel != floor.PolicyLabel)
            {
                throw new InvalidOperationException($"the hand-written identification disagrees with the library on {p.Organization}: {string.Join("; ", library.Reasons)} vs {string.Join("; ", floor.Reasons)}");
            }
        }

        if (Floor() != Library() || Library() != Bare())
        {
            throw new InvalidOperationException("the loops disagree");
        }
    }

    private static TeamProfile Profile(Random r, int i) => new()
    {
        Organization = new OrganizationId($"v{i:000000}"),
        SecretaryVacantSince = r.Next(8) == 0 ? AsOf.PlusDays(-r.Next(0, 200)) : null,
        WorkStalled = r.Next(2) == 0,
        RequiredMeetingsDue = 12,
        RequiredMeetingsHeld = r.Next(8, 13),
        LastDevelopmentCandidateOn = AsOf.PlusDays(-r.Next(0, 800)),
        PetitionsInPeriod = r.Next(0, 6),
        AssessmentRank = r.Next(1, 21),
        AssessmentRanked = 20,
        PublicSatisfaction = Ratio.Of(r.Next(55, 101), 100),
        CadresAdvisedAdjustNotAdjusted = r.Next(20) == 0 ? 1 : 0,
        MidTermFinding = (MidTermFinding)r.Next(3),
    };

    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var weak = 0;
        foreach (var p in profiles)
        {
            weak += HandWritten(p).IsWeakAndLax ? 1 : 0;
        }

        return weak;
    }

    [Benchmark]
    public int Library()
    {
        var weak = 0;
        foreach (var p in profiles)
        {
            weak += assessor.Assess(p, AsOf).IsWeakAndLax ? 1 : 0;
        }

        return weak;
    }

    [Benchmark]
    public int Bare()
    {
        var weak = 0;
        var vacancyBound = AsOf.PlusMonths(-3);
        var candidateBound = AsOf.PlusMonths(-24);
        foreach (var p in profiles)
        {
            var met = (p.WorkStalled && p.SecretaryVacantSince < vacancyBound)
                || (p.RequiredMeetingsDue > 0 && p.RequiredMeetingsHeld * 5 < p.RequiredMeetingsDue * 4)
                || p.LastDevelopmentCandidateOn is null || p.LastDevelopmentCandidateOn <= candidateBound
                || p.PetitionsInPeriod >= 5 || (p.AssessmentRank is { } r && r == p.AssessmentRanked)
                || (p.PublicSatisfaction is { } s && s.Numerator * 5 < s.Denominator * 3)
                || !p.ElectionCompletedOnTime || p.CadresAdvisedAdjustNotAdjusted >= 1 || p.MidTermFinding == MidTermFinding.Poor;
            weak += met ? 1 : 0;
        }

        return weak;
    }

    [Benchmark]
    public int Ranking() => assessor.ProposeForReview(scores, AsOf).Proposed.Count;

    /// <summary>The default criteria written out, with the profile's checks inline: the assessment the library gives.</summary>
    private static WeakTeamAssessment HandWritten(TeamProfile p)
    {
        if (string.IsNullOrEmpty(p.Organization.Value) || p.RequiredMeetingsDue < 0 || p.RequiredMeetingsHeld < 0 || p.PetitionsInPeriod < 0
            || p.CadresAdvisedAdjustNotAdjusted < 0 || p.AssessmentRank.HasValue != p.AssessmentRanked.HasValue
            || p.AssessmentRank < 1 || p.AssessmentRank > p.AssessmentRanked || p.PublicSatisfaction > Ratio.One
            || (p.MidTermFinding is { } f && !Enum.IsDefined(f)))
        {
            throw new ArgumentException("invalid profile");
        }

        var criteria = new List<WeakTeamCriterion>(4);
        var reasons = new List<Reason>(5) { null! };
        if (p.WorkStalled && p.SecretaryVacantSince is { } since && AsOf.PlusMonths(-3) > since)
        {
            criteria.Add(WeakTeamCriterion.SecretaryVacant);
            reasons.Add(Reason.Of(TeamsReasonCodes.SecretaryVacant, since, 3, AsOf));
        }

        if (p.RequiredMeetingsDue > 0 && (long)p.RequiredMeetingsHeld * 5 < (long)p.RequiredMeetingsDue * 4)
        {
            criteria.Add(WeakTeamCriterion.MeetingsNotHeld);
            reasons.Add(Reason.Of(TeamsReasonCodes.MeetingsNotHeld, p.RequiredMeetingsHeld, p.RequiredMeetingsDue, Ratio.Of(4, 5).ToPercent()));
        }

        if (p.LastDevelopmentCandidateOn is not { } last)
        {
            criteria.Add(WeakTeamCriterion.NoDevelopmentCandidate);
            reasons.Add(Reason.Of(TeamsReasonCodes.NoDevelopmentCandidateRecorded, 24));
        }
        else if (AsOf.PlusMonths(-24) >= last)
        {
            criteria.Add(WeakTeamCriterion.NoDevelopmentCandidate);
            reasons.Add(Reason.Of(TeamsReasonCodes.NoDevelopmentCandidate, last, 24, AsOf));
        }

        if (p.PetitionsInPeriod >= 5)
        {
            criteria.Add(WeakTeamCriterion.PetitionsConcentrated);
            reasons.Add(Reason.Of(TeamsReasonCodes.PetitionsConcentrated, p.PetitionsInPeriod, 5));
        }

        if (p.AssessmentRank is { } rank && p.AssessmentRanked is { } ranked && rank > ranked - 1)
        {
            criteria.Add(WeakTeamCriterion.LastInAssessment);
            reasons.Add(Reason.Of(TeamsReasonCodes.LastInAssessment, rank, ranked, 1));
        }

        if (p.PublicSatisfaction is { } s && (Int128)s.Numerator * 5 < (Int128)s.Denominator * 3)
        {
            criteria.Add(WeakTeamCriterion.LowSatisfaction);
            reasons.Add(Reason.Of(TeamsReasonCodes.LowSatisfaction, s.ToPercent(), Ratio.Of(3, 5).ToPercent()));
        }

        if (!p.ElectionCompletedOnTime)
        {
            criteria.Add(WeakTeamCriterion.ElectionNotOnTime);
            reasons.Add(Reason.Of(TeamsReasonCodes.ElectionNotOnTime));
        }

        if (p.CadresAdvisedAdjustNotAdjusted >= 1)
        {
            criteria.Add(WeakTeamCriterion.CadresNotAdjusted);
            reasons.Add(Reason.Of(TeamsReasonCodes.CadresNotAdjusted, p.CadresAdvisedAdjustNotAdjusted, 1));
        }

        if (p.MidTermFinding == MidTermFinding.Poor)
        {
            criteria.Add(WeakTeamCriterion.MidTermInspectionPoor);
            reasons.Add(Reason.Of(TeamsReasonCodes.MidTermInspectionPoor));
        }

        var weak = criteria.Count >= 1;
        reasons[0] = Reason.Of(weak ? TeamsReasonCodes.WeakAndLax : TeamsReasonCodes.NotWeakAndLax, criteria.Count, 1, PolicySet.DefaultLabel);
        return new WeakTeamAssessment(p.Organization, AsOf, weak, criteria.AsReadOnly(), reasons.AsReadOnly(), PolicySet.DefaultLabel);
    }
}
