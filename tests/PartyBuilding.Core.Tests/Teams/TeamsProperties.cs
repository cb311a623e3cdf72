using NodaTime;
using PartyBuilding.Core.Teams;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class TeamsProperties
{
    /// <summary>A profile drawn from <paramref name="seed"/>: every fact around its bound.</summary>
    private static TeamProfile Random(int seed)
    {
        var r = new Random(seed);
        var ranked = r.Next(1, 30);
        return new TeamProfile
        {
            Organization = new OrganizationId($"V{r.Next(100)}"),
            SecretaryVacantSince = r.Next(3) == 0 ? null : AsOf.PlusDays(-r.Next(0, 200)),
            WorkStalled = r.Next(2) == 0,
            RequiredMeetingsDue = r.Next(0, 13),
            RequiredMeetingsHeld = r.Next(0, 13),
            LastDevelopmentCandidateOn = r.Next(5) == 0 ? null : AsOf.PlusDays(-r.Next(0, 1000)),
            PetitionsInPeriod = r.Next(0, 9),
            AssessmentRank = r.Next(3) == 0 ? null : r.Next(1, ranked + 1),
            AssessmentRanked = ranked,
            PublicSatisfaction = r.Next(4) == 0 ? null : Ratio.Of(r.Next(0, 101), 100),
            ElectionCompletedOnTime = r.Next(4) != 0,
            CadresAdvisedAdjustNotAdjusted = r.Next(0, 3),
            MidTermFinding = r.Next(4) == 0 ? null : (MidTermFinding)r.Next(3),
        } is var t && t.AssessmentRank is null ? t with { AssessmentRanked = null } : t;
    }

    [Property(MaxTest = 500)]
    public bool Meeting_one_more_criterion_never_turns_a_weak_team_sound(int seed, byte pick, byte toIdentify)
    {
        var policy = TeamsPolicy.Default with { CriteriaToIdentify = 1 + (toIdentify % 4) };
        var assessor = new WeakTeamAssessor(PolicySet.Of(policy));
        var team = Random(seed);
        var before = assessor.Assess(team, AsOf);
        var criterion = (WeakTeamCriterion)(pick % Enum.GetValues<WeakTeamCriterion>().Length);

        var after = assessor.Assess(team.Meeting(criterion), AsOf);

        return (!before.IsWeakAndLax || after.IsWeakAndLax)
            && before.CriteriaMet.All(after.CriteriaMet.Contains)
            && after.CriteriaMet.Contains(criterion)
            && after.CriteriaMet.Count == after.Reasons.Count - 1;
    }

    [Property(MaxTest = 300)]
    public bool The_ranking_proposes_the_same_villages_whatever_the_input_order(int seed, byte count)
    {
        var r = new Random(seed);
        var scores = Enumerable.Range(0, count % 120).Select(i => new TeamScore(new OrganizationId($"V{i}"), r.Next(0, 20))).ToArray();
        var shuffled = scores.OrderBy(_ => r.Next()).ToArray();

        var a = Assessor.ProposeForReview(scores, AsOf);
        var b = Assessor.ProposeForReview(shuffled, AsOf);

        return a.Proposed.SequenceEqual(b.Proposed) && a.Ranking.SequenceEqual(b.Ranking)
            && a.Proposed.Count >= a.Quota && a.Quota * 20 >= scores.Length && (a.Quota - 1) * 20 < scores.Length;
    }

    private static Gen<RectificationCommand> Command { get; } =
        from kind in Gen.Elements(Enum.GetValues<RectificationCommandKind>())
        from offset in Gen.Frequency((1, Gen.Choose(-5, -1)), (6, Gen.Choose(0, 120)), (1, Gen.Choose(150, 400)))
        from months in Gen.Frequency((1, Gen.Choose(-1, 0)), (6, Gen.Choose(1, 6)), (1, Gen.Choose(7, 12)))
        from blank in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        select new RectificationCommand(kind, offset, months, blank);

    [Fact]
    public void The_case_machine_never_reaches_an_illegal_state_and_agrees_with_its_model()
    {
        var start = new LocalDate(2026, 1, 15);
        var property = Prop.ForAll(Gen.ListOf(Command).Select(l => l.ToArray()).ToArbitrary(), commands =>
        {
            var actual = Identified(start);
            var model = new RectificationModel(start);
            foreach (var command in commands)
            {
                var expected = model.Expect(command);
                var got = RectificationModel.Apply(actual, command);
                if (got != expected)
                {
                    return false;
                }

                if (got == ModelOutcome.Applied)
                {
                    model.Commit(command);
                }

                var dates = actual.History.Select(e => e.On).ToArray();
                if (actual.State != model.State || actual.History.Count != model.Events || !dates.Zip(dates.Skip(1)).All(p => p.First <= p.Second)
                    || (actual.ExtensionMonths is < 0 or > 6) || (actual.State == RectificationState.Accepted) != actual.AcceptedOn.HasValue)
                {
                    return false;
                }
            }

            var replayed = RectificationCase.Replay(actual.History);
            return replayed.State == actual.State && replayed.Deadline == actual.Deadline && replayed.History.SequenceEqual(actual.History);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }
}
