using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Education.Validation;

namespace PartyBuilding.Core.Education;

/// <summary>
/// Judges an organization's study and organizational-life schedule with the versions of a
/// <see cref="PolicySet{TPolicy}"/> of <see cref="EducationPolicy"/>.
/// </summary>
/// <remarks>
/// <para>
/// Periods are calendar months, quarters and years on the ISO calendar. Only periods wholly inside the interval are
/// judged; each period the interval cuts gets an <c>EDU.PERIOD_CUT</c> reason. A required activity is held in a period
/// when a record of it in the period has attendance meeting its row (present ÷ voting members due, compared exactly).
/// Records are counted, never ordered, so the result does not depend on their order, and a record added can only turn
/// a missed period into a held one.
/// </para>
/// <para>Pure and thread-safe; every version of the set is validated once, at construction. One pass over the records.</para>
/// </remarks>
public sealed class ScheduleComplianceAssessor : IScheduleComplianceAssessor
{
    private static readonly ScheduleProfileValidator ProfileChecks = new();
    private static readonly ActivityRecordValidator RecordChecks = new();
    private static readonly int KindCount = Enum.GetValues<ActivityKind>().Length;

    /// <summary>Creates an assessor with one policy (labelled <c>default</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public ScheduleComplianceAssessor(EducationPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates an assessor with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent (failures named <c>policies[label].Property</c>).</exception>
    public ScheduleComplianceAssessor(PolicySet<EducationPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies.ThrowIfInvalid(new EducationPolicyValidator(), nameof(policies));
    }

    /// <summary>The policy versions the assessor judges with.</summary>
    public PolicySet<EducationPolicy> Policies { get; }

    /// <inheritdoc />
    public ScheduleCompliance Assess(ScheduleProfile profile, DateInterval interval, IEnumerable<ActivityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(interval);
        ArgumentNullException.ThrowIfNull(records);
        var failures = new List<ValidationFailure>();
        foreach (var failure in ProfileChecks.Validate(profile).Errors)
        {
            failure.PropertyName = nameof(profile) + "." + failure.PropertyName;
            failures.Add(failure);
        }

        var version = Policies.InForceOn(interval.End);
        var owed = failures.Count == 0 ? version.Policy.Schedule.Where(r => r.AppliesTo(profile)).ToArray() : [];
        var windows = new Window[owed.Length];
        var byKind = new int[KindCount];
        Array.Fill(byKind, -1);
        for (var i = 0; i < owed.Length; i++)
        {
            windows[i] = Window.Of(owed[i], interval);
            byKind[(int)owed[i].Kind] = i;
        }

        var index = 0;
        foreach (var record in records)
        {
            if (record is null || !ActivityRecordValidator.Passes(record))
            {
                RecordChecks.AddItemFailures(record, $"{nameof(records)}[{index}]", failures);
            }
            else if (failures.Count == 0 && byKind[(int)record.Kind] is var at and >= 0 && record.Organization == profile.Organization)
            {
                windows[at].Count(record);
            }

            index++;
        }

        Failures.ThrowIfAny(failures);
        return Judge(profile.Organization, interval, version.Label, windows);
    }

    private static ScheduleCompliance Judge(OrganizationId organization, DateInterval interval, string label, Window[] windows)
    {
        var periods = new List<PeriodCompliance>();
        var missedReasons = new List<Reason>();
        foreach (var window in windows)
        {
            for (var p = 0; p < window.Qualifying.Length; p++)
            {
                var judged = window.Judge(p);
                periods.Add(judged);
                if (!judged.Held)
                {
                    missedReasons.Add(judged.Reason);
                }
            }
        }

        var reasons = new List<Reason>
        {
            windows.Length == 0 ? Reason.Of(EducationReasonCodes.NothingRequired, organization)
            : periods.Count == 0 ? Reason.Of(EducationReasonCodes.NothingJudged, organization, interval.Start, interval.End)
            : missedReasons.Count == 0 ? Reason.Of(EducationReasonCodes.ScheduleMet, organization, periods.Count, interval.Start, interval.End)
            : Reason.Of(EducationReasonCodes.ScheduleMissed, organization, missedReasons.Count, periods.Count, interval.Start, interval.End),
        };
        foreach (var period in Enum.GetValues<SchedulePeriod>())
        {
            if (windows.FirstOrDefault(w => w.Row.Period == period) is { } window)
            {
                reasons.AddRange(window.CutReasons());
            }
        }

        reasons.AddRange(missedReasons);
        return new ScheduleCompliance(organization, interval, label, [.. periods], missedReasons.Count, reasons);
    }

    /// <summary>The complete periods of one required activity within the interval, and its records counted per period.</summary>
    private sealed class Window
    {
        // Months from year -10000 (before the calendar's first year), so that every period number is positive and
        // quarters and years start where the calendar's do.
        private const int MonthOffset = 10000 * 12;

        // Fields, not properties: Count runs once per record (EducationBenchmarks, a million records).
        private readonly RatioThreshold attendance;
        private readonly int months;
        private readonly int first;
        private readonly int[] shortOf;
        private readonly int? cutBefore;
        private readonly int? cutAfter;

        private Window(ActivityRequirement row, int months, int first, int count, int? cutBefore, int? cutAfter)
        {
            Row = row;
            attendance = row.Attendance;
            this.months = months;
            this.first = first;
            Qualifying = new int[Math.Max(count, 0)];
            shortOf = new int[Qualifying.Length];
            this.cutBefore = cutBefore;
            this.cutAfter = cutAfter;
        }

        public ActivityRequirement Row { get; }

        public int[] Qualifying { get; }

        public static Window Of(ActivityRequirement row, DateInterval interval)
        {
            var months = row.Period switch { SchedulePeriod.Month => 1, SchedulePeriod.Quarter => 3, _ => 12 };
            var first = MonthNumber(interval.Start) / months;
            var last = MonthNumber(interval.End) / months;
            int? cutBefore = interval.Start == StartOf(first, months) ? null : first;
            int? cutAfter = interval.End == EndOf(last, months) ? null : last;
            var from = cutBefore is null ? first : first + 1;
            var to = cutAfter is null ? last : last - 1;
            return new Window(row, months, from, to - from + 1, cutBefore, cutAfter == cutBefore ? null : cutAfter);
        }

        public void Count(ActivityRecord record)
        {
            var p = (MonthNumber(record.HeldOn) / months) - first;
            if (p >= 0 && p < Qualifying.Length)
            {
                if (attendance.IsMetBy(record.MembersPresent, record.MembersDue))
                {
                    Qualifying[p]++;
                }
                else
                {
                    shortOf[p]++;
                }
            }
        }

        public PeriodCompliance Judge(int p)
        {
            var (start, end) = (StartOf(first + p, months), EndOf(first + p, months));
            var (kind, period) = (EducationNames.Of(Row.Kind), EducationNames.Of(Row.Period));
            var reason = Qualifying[p] > 0 ? Reason.Of(EducationReasonCodes.Held, kind, period, start, end, Qualifying[p], attendance)
                : shortOf[p] > 0 ? Reason.Of(EducationReasonCodes.MissedAttendance, kind, period, start, end, shortOf[p], attendance)
                : Reason.Of(EducationReasonCodes.Missed, kind, period, start, end);
            return new PeriodCompliance(Row.Kind, Row.Period, start, end, Qualifying[p], shortOf[p], reason);
        }

        public IEnumerable<Reason> CutReasons()
        {
            foreach (var cut in new[] { cutBefore, cutAfter })
            {
                if (cut is { } p)
                {
                    yield return Reason.Of(EducationReasonCodes.PeriodCut, EducationNames.Of(Row.Period), StartOf(p, months), EndOf(p, months));
                }
            }
        }

        private static int MonthNumber(LocalDate date) => MonthOffset + (date.Year * 12) + date.Month - 1;

        private static LocalDate StartOf(int period, int months)
        {
            var month = (period * months) - MonthOffset;
            return new LocalDate(Math.DivRem(month, 12, out var rest) - (rest < 0 ? 1 : 0), ((rest + 12) % 12) + 1, 1);
        }

        private static LocalDate EndOf(int period, int months)
        {
            var start = StartOf(period, months);
            var lastMonth = start.Month + months - 1;
            return new LocalDate(start.Year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(start.Year, lastMonth));
        }
    }
}
