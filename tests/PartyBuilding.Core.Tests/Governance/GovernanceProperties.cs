using NodaTime;
using PartyBuilding.Core.Governance;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.Governance.GovernanceFixtures;

namespace PartyBuilding.Core.Tests.Governance;

/// <summary>
/// Issue 18's properties over generated procedures of both levels, most of them close to compliant: more support
/// never hurts, the order of the records does not matter, and the checker answers every valid procedure.
/// </summary>
public sealed class GovernanceProperties
{
    /// <summary>A valid procedure: a matter and its records, at most one per step, of the matter's level.</summary>
    public sealed record Procedure(MajorMatter Matter, ProcedureRecord[] Records)
    {
        public override string ToString() => $"{Matter} with [{string.Join("; ", Records.Select(r => r.ToString()))}]";
    }

    private static readonly LocalDate Start = new(2019, 1, 1);

    private static Gen<ProcedureRecord> MeetingGen(ProcedureRecordKind kind, LocalDate day, bool clean) =>
        from due in Gen.Choose(1, 60)
        from present in clean ? Gen.Choose(((due * 7) + 9) / 10, due) : Gen.Frequency((3, Gen.Choose(due / 2, due)), (1, Gen.Choose(0, due)))
        from votes in clean ? Gen.Choose(((present * 3) + 3) / 4, present) : Gen.Frequency((3, Gen.Choose(present / 2, present)), (1, Gen.Choose(0, present)))
        from households in Gen.Choose(0, 40)
        from householdsPresent in Gen.Choose(0, households)
        select new ProcedureRecord(kind, day) { Due = due, Present = present, VotesFor = votes, HouseholdsDue = households, HouseholdsPresent = householdsPresent };

    private static Gen<ProcedureRecord> PostingGen(ProcedureRecordKind kind, LocalDate day, bool clean) =>
        from until in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(clean ? 5 : 0, 12).Select(d => (int?)d)))
        select new ProcedureRecord(kind, day) { PostedUntil = until is { } d ? day.PlusDays(d) : null };

    private static Gen<ProcedureRecord?> Maybe(Gen<ProcedureRecord> record, bool clean) =>
        clean ? record.Select(r => (ProcedureRecord?)r) : Gen.Frequency((1, Gen.Constant<ProcedureRecord?>(null)), (12, record.Select(r => (ProcedureRecord?)r)));

    private static readonly Gen<MajorMatter> MatterGen =
        from level in Gen.Elements(GovernanceLevel.Township, GovernanceLevel.Village)
        from kind in Gen.Elements(Enum.GetValues<MatterKind>())
        from amount in Gen.Elements(0m, 49_999m, 50_000m, 180_000m, 999_999.99m, 1_000_000m)
        from secretary in Gen.Frequency((1, Gen.Constant(false)), (8, Gen.Constant(true)))
        from combined in Gen.Elements(false, true)
        from second in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        select new MajorMatter(new MatterId("m"), level == GovernanceLevel.Township ? Township : Village, level, kind, amount)
        {
            Signature = new JointSignature(secretary, true, combined, second),
        };

    private static Gen<ProcedureRecord[]> VillageGen(LocalDate start) =>
        from clean in Gen.Elements(false, true)
        from gaps in Gen.ArrayOf(clean ? Gen.Choose(0, 1) : Gen.Frequency((1, Gen.Choose(-2, 0)), (6, Gen.Choose(0, 6))), 7)
        let day = (Func<int, LocalDate>)(i => start.PlusDays(gaps.Take(i + 1).Sum() + (3 * i)))
        from proposal in Maybe(MeetingGen(ProcedureRecordKind.BranchCommitteeMeeting, day(0), clean), clean)
        from joint in Maybe(MeetingGen(ProcedureRecordKind.JointMeeting, day(1), clean), clean)
        from notice in Maybe(PostingGen(ProcedureRecordKind.MembersNotice, day(1), clean), clean)
        from members in Maybe(MeetingGen(ProcedureRecordKind.MembersMeeting, day(2), clean), clean)
        from resolutionKind in Gen.Elements(ProcedureRecordKind.VillagersMeeting, ProcedureRecordKind.RepresentativesMeeting)
        from resolution in Maybe(MeetingGen(resolutionKind, day(3), clean), clean)
        from disclosed in Maybe(PostingGen(ProcedureRecordKind.ResolutionDisclosure, day(4), clean), clean)
        from result in Maybe(PostingGen(ProcedureRecordKind.ResultDisclosure, day(5), clean), clean)
        let all = new[] { proposal, joint, notice, members, resolution, disclosed, result }.Where(r => r is not null).Select(r => r!).ToArray()
        select all.Length > 0 ? all : [new ProcedureRecord(ProcedureRecordKind.ResultDisclosure, start)];

    private static Gen<ProcedureRecord[]> TownshipGen(LocalDate start) =>
        from clean in Gen.Elements(false, true)
        from office in Gen.Elements(false, true)
        from committee in MeetingGen(ProcedureRecordKind.CommitteeMeeting, start.PlusDays(7), clean)
        from officeMeeting in MeetingGen(ProcedureRecordKind.OfficeMeeting, start, clean)
        select office ? (ProcedureRecord[])[officeMeeting, committee] : [committee];

    public static readonly Gen<Procedure> ProcedureGen =
        from matter in MatterGen
        from offset in Gen.Choose(0, 4000)
        from records in matter.Level == GovernanceLevel.Village ? VillageGen(Start.PlusDays(offset)) : TownshipGen(Start.PlusDays(offset))
        select new Procedure(matter, records);

    /// <summary>Each meeting of <paramref name="procedure"/> given one more supporter: an attendee who votes for, or a vote for from one present who did not.</summary>
    private static IEnumerable<ProcedureRecord[]> WithMoreSupport(Procedure procedure)
    {
        for (var i = 0; i < procedure.Records.Length; i++)
        {
            var r = procedure.Records[i];
            if (r.Due == 0)
            {
                continue;
            }

            if (r.Present < r.Due)
            {
                yield return Replace(procedure.Records, i, r with { Present = r.Present + 1, VotesFor = r.VotesFor + 1 });
            }

            if (r.VotesFor < r.Present)
            {
                yield return Replace(procedure.Records, i, r with { VotesFor = r.VotesFor + 1 });
            }

            if (r.HouseholdsPresent < r.HouseholdsDue)
            {
                yield return Replace(procedure.Records, i, r with { HouseholdsPresent = r.HouseholdsPresent + 1 });
            }
        }
    }

    private static ProcedureRecord[] Replace(ProcedureRecord[] records, int index, ProcedureRecord record) =>
        [.. records.Select((r, i) => i == index ? record : r)];

    [Property(MaxTest = 500)]
    public Property Adding_an_attendee_or_a_vote_for_never_turns_a_compliant_procedure_non_compliant() =>
        Prop.ForAll(ProcedureGen.ToArbitrary(), procedure =>
        {
            var before = Checker.Check(procedure.Matter, procedure.Records);
            return WithMoreSupport(procedure).All(records => !before.Compliant || Checker.Check(procedure.Matter, records).Compliant)
                .Classify(before.Compliant, "compliant");
        });

    [Property(MaxTest = 500)]
    public Property Adding_an_attendee_never_breaks_a_quorum_nor_any_step_whose_majority_counts_those_due() =>
        Prop.ForAll(ProcedureGen.ToArbitrary(), procedure =>
        {
            var before = Checker.Check(procedure.Matter, procedure.Records);
            return Enumerable.Range(0, procedure.Records.Length)
                .Where(i => procedure.Records[i].Due > procedure.Records[i].Present)
                .All(i =>
                {
                    var after = Checker.Check(procedure.Matter, Replace(procedure.Records, i, procedure.Records[i] with { Present = procedure.Records[i].Present + 1 }));
                    var quorumCodes = new[] { GovernanceReasonCodes.QuorumNotMet, GovernanceReasonCodes.VillagersQuorumNotMet, GovernanceReasonCodes.RepresentativesQuorumNotMet };
                    var noNewQuorumFinding = after.Reasons.Count(r => quorumCodes.Contains(r.Code)) <= before.Reasons.Count(r => quorumCodes.Contains(r.Code));
                    var countsDue = procedure.Records[i].Kind is not (ProcedureRecordKind.VillagersMeeting or ProcedureRecordKind.RepresentativesMeeting);  // the default majorities of the other meetings count those due
                    return noNewQuorumFinding && (!countsDue || !before.Compliant || after.Compliant);
                });
        });

    [Property(MaxTest = 500)]
    public Property The_verdict_does_not_depend_on_the_order_of_the_records() =>
        Prop.ForAll(
            (from procedure in ProcedureGen
             from shuffled in Gen.Shuffle(procedure.Records)
             select (procedure, shuffled)).ToArbitrary(),
            t => Checker.Check(t.procedure.Matter, t.procedure.Records).Equals(Checker.Check(t.procedure.Matter, t.shuffled)));

    [Property(MaxTest = 1000)]
    public Property The_checker_answers_every_valid_procedure_consistently() =>
        Prop.ForAll(ProcedureGen.ToArbitrary(), procedure =>
        {
            var result = Checker.Check(procedure.Matter, procedure.Records);
            var village = procedure.Matter.Level == GovernanceLevel.Village;
            return (result.Reasons.Count > 0)
                .And(!village || result.Compliant == (result.FailingSteps.Count == 0))
                .And(!village || result.FirstFailingStep == (result.FailingSteps.Count == 0 ? null : result.FailingSteps[0]))
                .And(result.FailingSteps.SequenceEqual(result.FailingSteps.Order()))
                .And(village || result.FailingSteps.Count == 0)
                .Classify(result.Compliant, "compliant");
        });

    [Property(MaxTest = 300)]
    public Property Any_input_gives_a_verdict_or_a_coded_refusal() =>
        Prop.ForAll(
            (from matter in ArbitraryValues.Of(typeof(MajorMatter))
             from records in ArbitraryValues.Of(typeof(ProcedureRecord[]))
             select (matter: (MajorMatter?)matter, records: (ProcedureRecord[]?)records)).ToArbitrary(),
            t => Boundary.ResultOrCoded(
                () => { if (t.matter is not null && t.records is not null) { Checker.Check(t.matter, t.records); } },
                $"{t.matter} [{string.Join("; ", t.records ?? [])}]"));

    [Fact]
    public void The_generator_gives_enough_compliant_procedures_of_both_levels_for_the_properties_to_bite()
    {
        var sample = ProcedureGen.Sample(1000, 1000);
        var verdicts = sample.Select(p => (p.Matter.Level, Checker.Check(p.Matter, p.Records).Compliant)).ToArray();

        Assert.True(verdicts.Count(v => v.Level == GovernanceLevel.Village && v.Compliant) >= 20, $"{verdicts.Count(v => v.Level == GovernanceLevel.Village && v.Compliant)} compliant village procedures");
        Assert.True(verdicts.Count(v => v.Level == GovernanceLevel.Township && v.Compliant) >= 50);
        Assert.True(verdicts.Count(v => !v.Compliant) >= 200);
    }
}
