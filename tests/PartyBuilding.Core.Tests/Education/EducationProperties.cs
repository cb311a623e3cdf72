using NodaTime;
using PartyBuilding.Core.Education;
using static PartyBuilding.Core.Tests.Education.EducationFixtures;

namespace PartyBuilding.Core.Tests.Education;

/// <summary>
/// Invariants of schedule compliance over generated organizations, intervals and records: adding a record never adds
/// a missed period, and the result does not depend on the order of the records.
/// </summary>
public sealed class EducationProperties
{
    private static readonly LocalDate Origin = new(2023, 11, 1);

    private static readonly ScheduleProfile[] Profiles = [Township, Village, SmallBranch, Migrant];

    private static Gen<LocalDate> Day { get; } = Gen.Choose(0, 1000).Select(d => Origin.PlusDays(d));

    private static Gen<ActivityRecord> Record(ScheduleProfile profile) =>
        from kind in Gen.Elements(Enum.GetValues<ActivityKind>())
        from day in Day
        from due in Gen.Choose(1, 12)
        from present in Gen.Choose(0, due)
        from other in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new ActivityRecord(other ? new OrganizationId("other") : profile.Organization, kind, day, due, present, 1.5m);

    /// <summary>A profile, an interval (often on period edges: month starts and ends, 29 February), and records.</summary>
    private static Gen<(ScheduleProfile Profile, DateInterval Interval, List<ActivityRecord> Records)> Case { get; } =
        from profile in Gen.Elements(Profiles)
        from start in Gen.OneOf(Day, Day.Select(d => d.With(DateAdjusters.StartOfMonth)))
        from length in Gen.Choose(0, 800)
        from toMonthEnd in Gen.Elements(true, false)
        let end = toMonthEnd ? start.PlusDays(length).With(DateAdjusters.EndOfMonth) : start.PlusDays(length)
        from records in Gen.ListOf(Record(profile))
        select (profile, new DateInterval(start, end), records.ToList());

    private static string Key(PeriodCompliance p) => $"{p.Kind}/{p.Start:yyyy-MM-dd}";

    [Property(MaxTest = 300)]
    public Property Adding_an_activity_record_never_adds_a_missed_period() =>
        Prop.ForAll(Case.SelectMany(c => Record(c.Profile).Select(extra => (c, extra))).ToArbitrary(), t =>
        {
            var ((profile, interval, records), extra) = t;
            var before = Assessor.Assess(profile, interval, records);
            var after = Assessor.Assess(profile, interval, [.. records, extra]);
            var missedBefore = before.Periods.Where(p => !p.Held).Select(Key).ToHashSet();

            return (after.Missed <= before.Missed
                    && after.Periods.Where(p => !p.Held).All(p => missedBefore.Contains(Key(p)))
                    && after.Periods.Select(Key).SequenceEqual(before.Periods.Select(Key)))
                .Label($"{profile} {interval} + {extra}");
        });

    [Property(MaxTest = 300)]
    public Property Compliance_does_not_depend_on_the_order_of_the_records() =>
        Prop.ForAll(Case.SelectMany(c => Gen.Shuffle(c.Records.ToArray()).Select(shuffled => (c, shuffled))).ToArbitrary(), t =>
        {
            var ((profile, interval, records), shuffled) = t;
            var given = Assessor.Assess(profile, interval, records);
            var reordered = Assessor.Assess(profile, interval, shuffled);
            var reversed = Assessor.Assess(profile, interval, Enumerable.Reverse(records));

            return (given == reordered && given == reversed).Label($"{profile} {interval}");
        });

    [Property(MaxTest = 200)]
    public Property Every_judged_period_lies_wholly_inside_the_interval_and_every_cut_one_is_named() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var result = Assessor.Assess(c.Profile, c.Interval, c.Records);
            var inside = result.Periods.All(p => p.Start >= c.Interval.Start && p.End <= c.Interval.End);
            var cuts = result.Reasons.Where(r => r.Code == EducationReasonCodes.PeriodCut)
                .All(r => (LocalDate)r.Arguments[1]! < c.Interval.Start || (LocalDate)r.Arguments[2]! > c.Interval.End);
            return (inside && cuts && result.Missed == result.Periods.Count(p => !p.Held)).Label($"{c.Profile} {c.Interval}");
        });

    [Property(MaxTest = 200)]
    public Property Training_hours_never_fall_when_a_record_is_added() =>
        Prop.ForAll(
            (from records in Gen.ListOf(TrainingRecord)
             from extra in TrainingRecord
             select (records.ToList(), extra)).ToArbitrary(),
            t =>
            {
                var before = Training.Assess(new MemberId("m"), TrainingRole.Member, 2026, t.Item1);
                var after = Training.Assess(new MemberId("m"), TrainingRole.Member, 2026, [.. t.Item1, t.extra]);
                return after.Hours >= before.Hours && (after.Met || !before.Met);
            });

    private static Gen<TrainingRecord> TrainingRecord { get; } =
        from day in Gen.Choose(0, 800).Select(d => new LocalDate(2025, 9, 1).PlusDays(d))
        from unit in Gen.Elements(Enum.GetValues<TrainingUnit>())
        from count in Gen.Choose(1, 10)
        select new TrainingRecord(new MemberId("m"), day, unit, count);
}
