using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Outreach.Validation;

namespace PartyBuilding.Core.Outreach;

/// <summary>
/// Assesses the "six ones" of households: items done and missing, visits against the policy, standing, and the
/// shares complete per cadre and per village.
/// </summary>
/// <remarks>
/// <para>A record counts when it is dated in its window, on or before the period's end, and (by default) confirmed
/// by the household. The archive and the contact card count once per pairing: a record from the first day of the
/// pairing responsible at the period's end. The other four items and visits count once a year: a record from
/// 1 January. A visit is due in each half (by 30 June, by 31 December) and the year's visits by 31 December.</para>
/// <para>The standing is <see cref="OutreachStanding.Complete"/> when nothing is missing;
/// <see cref="OutreachStanding.Overdue"/> when the first half has ended (the as-of date is after 30 June) without a
/// visit, or the year has ended (the as-of date is after 31 December) with anything missing; otherwise
/// <see cref="OutreachStanding.InProgress"/>. The last day of a half is on time, the next day is late.</para>
/// <para>A household counts for the cadre responsible at the period's end. Pure, deterministic and thread-safe.</para>
/// </remarks>
public sealed class OutreachAssessor : IOutreachAssessor
{
    private static readonly OutreachItem[] Items = Enum.GetValues<OutreachItem>();
    private static readonly int AllItems = (1 << Items.Length) - 1;

    // Every subset of the six items, built once: an assessment shares them (they cannot be written).
    private static readonly ValueList<OutreachItem>[] ItemSets =
        [.. Enumerable.Range(0, AllItems + 1).Select(mask => ValueList<OutreachItem>.Of([.. Items.Where(i => (mask & Bit(i)) != 0)]))];

    private readonly PolicySet<OutreachPolicy> policies;

    /// <summary>Creates the assessor with one policy, in force on every date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public OutreachAssessor(OutreachPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates the assessor with policy versions; each assessment uses the version in force at its period's end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure is listed.</exception>
    public OutreachAssessor(PolicySet<OutreachPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new OutreachPolicyValidator(), nameof(policies));
    }

    /// <inheritdoc />
    public HouseholdAssessment Assess(HouseholdOutreach household, LocalDate asOf) => Assess(household, asOf.Year, asOf);

    /// <inheritdoc />
    public HouseholdAssessment Assess(HouseholdOutreach household, int year, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(household);
        var failures = new List<ValidationFailure>();
        CheckYear(year, asOf, failures);
        if (!Accepts(household, asOf, "", null))
        {
            Accepts(household, asOf, nameof(household) + ".", failures);
        }

        Failures.ThrowIfAny(failures);
        return Evaluate(household, year, asOf, policies.InForceOn(End(year, asOf)));
    }

    /// <inheritdoc />
    public OutreachReport AssessAll(IEnumerable<HouseholdOutreach> households, LocalDate asOf) => AssessAll(households, asOf.Year, asOf);

    /// <inheritdoc />
    public OutreachReport AssessAll(IEnumerable<HouseholdOutreach> households, int year, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(households);
        var failures = new List<ValidationFailure>();
        CheckYear(year, asOf, failures);
        var batch = households is ICollection<HouseholdOutreach> sized ? new List<HouseholdOutreach>(sized.Count) : [];
        var seen = new HashSet<HouseholdId>();
        foreach (var household in households)
        {
            var property = batch.Count;
            batch.Add(household);
            if (household is null)
            {
                failures.Add(Failures.Of($"{nameof(households)}[{property}]", CommonErrorCodes.Required, null));
                continue;
            }

            if (!Accepts(household, asOf, "", null))
            {
                Accepts(household, asOf, $"{nameof(households)}[{property}].", failures);
            }
            else if (!seen.Add(household.Household))
            {
                failures.Add(Failures.Of($"{nameof(households)}[{property}].Household", OutreachErrorCodes.HouseholdDuplicate, household.Household.Value, household.Household.Value));
            }
        }

        Failures.ThrowIfAny(failures);
        var version = policies.InForceOn(End(year, asOf));
        var assessments = new HouseholdAssessment[batch.Count];
        var cadres = new Dictionary<CadreId, (int Households, int Complete)>();
        var villages = new Dictionary<OrganizationId, (int Households, int Complete)>();
        var complete = 0;
        for (var i = 0; i < assessments.Length; i++)
        {
            var assessment = assessments[i] = Evaluate(batch[i], year, asOf, version);
            var done = assessment.IsComplete ? 1 : 0;
            complete += done;
            if (assessment.Cadre is { } cadre)
            {
                var c = cadres.GetValueOrDefault(cadre);
                cadres[cadre] = (c.Households + 1, c.Complete + done);
            }

            var v = villages.GetValueOrDefault(assessment.Village);
            villages[assessment.Village] = (v.Households + 1, v.Complete + done);
        }

        var minimum = version.Policy.MinimumHouseholdsPerCadre;
        return new OutreachReport(year, asOf, version.Label, assessments,
            [.. cadres.OrderBy(c => c.Key).Select(c => new CadreOutreach(c.Key, new OutreachShare(c.Value.Households, c.Value.Complete), c.Value.Households < minimum))],
            [.. villages.OrderBy(v => v.Key).Select(v => new VillageOutreach(v.Key, new OutreachShare(v.Value.Households, v.Value.Complete)))],
            new OutreachShare(assessments.Length, complete));
    }

    private static int Bit(OutreachItem item) => 1 << (int)item;

    private static LocalDate End(int year, LocalDate asOf) => asOf.Year == year ? asOf : new LocalDate(year, 12, 31);

    private static void CheckYear(int year, LocalDate asOf, List<ValidationFailure> failures)
    {
        if (year > asOf.Year || year < LocalDate.MinIsoValue.Year)
        {
            failures.Add(Failures.Of(nameof(year), OutreachErrorCodes.YearOutOfRange, year, year, asOf));
        }
    }

    /// <summary>The household checks and no record after the as-of date; with a list, every failure named after <paramref name="prefix"/>.</summary>
    private static bool Accepts(HouseholdOutreach household, LocalDate asOf, string prefix, List<ValidationFailure>? failures)
    {
        var ok = OutreachChecks.Household(household, prefix, failures);
        var records = household.Records ?? [];
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is { } record && record.On > asOf)
            {
                ok = false;
                failures?.Add(Failures.Of($"{prefix}Records[{i}].On", OutreachErrorCodes.RecordAfterAsOf, record.On, record.On, asOf));
            }
        }

        return ok;
    }

    private static HouseholdAssessment Evaluate(HouseholdOutreach household, int year, LocalDate asOf, PolicyVersion<OutreachPolicy> version)
    {
        var policy = version.Policy;
        var yearStart = new LocalDate(year, 1, 1);
        var halfEnd = new LocalDate(year, 6, 30);
        var yearEnd = new LocalDate(year, 12, 31);
        var end = End(year, asOf);
        Pairing? responsible = null;
        foreach (var pairing in household.Pairings)
        {
            if (pairing.Covers(end))
            {
                responsible = pairing;
            }
        }

        int done = 0, unconfirmed = 0, visits = 0, firstHalf = 0;
        foreach (var record in household.Records)
        {
            var from = record.Item is OutreachItem.Archive or OutreachItem.ContactCard ? responsible?.From : yearStart;
            if (from is not { } start || record.On < start || record.On > end)
            {
                continue;
            }

            var counts = record.ConfirmedByHousehold || !policy.RequireHouseholdConfirmation;
            if (record.Item is { } item)
            {
                done |= counts ? Bit(item) : 0;
                unconfirmed |= counts ? 0 : Bit(item);
            }
            else if (counts)
            {
                visits++;
                firstHalf += record.On <= halfEnd ? 1 : 0;
            }
        }

        var missing = AllItems & ~done;
        var noFirstHalf = policy.VisitInEachHalf && firstHalf == 0;
        var noSecondHalf = policy.VisitInEachHalf && visits == firstHalf;
        var visitsShort = visits < policy.MinimumVisitsPerYear;
        var complete = missing == 0 && !noFirstHalf && !noSecondHalf && !visitsShort;
        var halfOverdue = noFirstHalf && asOf > halfEnd;
        var yearOverdue = !complete && asOf > yearEnd;

        var reasons = new List<Reason>();
        if (responsible is null)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.NoResponsibleCadre, end));
        }

        foreach (var item in ItemSets[missing])
        {
            reasons.Add((unconfirmed & Bit(item)) != 0
                ? Reason.Of(OutreachReasonCodes.ItemUnconfirmed, OutreachNames.Of(item))
                : Reason.Of(OutreachReasonCodes.ItemMissing, OutreachNames.Of(item), end));
        }

        if (noFirstHalf)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.NoVisitFirstHalf, year, halfEnd));
        }

        if (noSecondHalf)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.NoVisitSecondHalf, year, yearEnd));
        }

        if (visitsShort)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.VisitsShort, visits, policy.MinimumVisitsPerYear, year));
        }

        if (yearOverdue)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.YearEnded, year, yearEnd));
        }
        else if (halfOverdue)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.HalfYearEnded, year, halfEnd));
        }

        if (complete)
        {
            reasons.Add(Reason.Of(OutreachReasonCodes.Complete, year, visits));
        }

        var standing = complete ? OutreachStanding.Complete
            : halfOverdue || yearOverdue ? OutreachStanding.Overdue
            : OutreachStanding.InProgress;
        return new HouseholdAssessment(household.Household, household.Village, responsible?.Cadre, year, asOf,
            ItemSets[done], ItemSets[missing], visits, firstHalf, visits - firstHalf, standing, version.Label, reasons.AsReadOnly());
    }
}
