using FluentValidation.Results;
using NodaTime;
using PartyBuilding.Core.Education.Validation;

namespace PartyBuilding.Core.Education;

/// <summary>
/// Totals members' class hours per calendar year with the versions of a <see cref="PolicySet{TPolicy}"/> of
/// <see cref="EducationPolicy"/>: class hours as given, a half-day and a day converted by policy, against the yearly
/// hours of the member's role.
/// </summary>
/// <remarks>Pure and thread-safe; every version of the set is validated once, at construction.</remarks>
public sealed class TrainingHoursAssessor : ITrainingHoursAssessor
{
    private static readonly TrainingRecordValidator RecordChecks = new();

    /// <summary>Creates an assessor with one policy (labelled <c>default</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public TrainingHoursAssessor(EducationPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates an assessor with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent (failures named <c>policies[label].Property</c>).</exception>
    public TrainingHoursAssessor(PolicySet<EducationPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies.ThrowIfInvalid(new EducationPolicyValidator(), nameof(policies));
    }

    /// <summary>The policy versions the assessor uses.</summary>
    public PolicySet<EducationPolicy> Policies { get; }

    /// <inheritdoc />
    public TrainingStanding Assess(MemberId member, TrainingRole role, int year, IEnumerable<TrainingRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var failures = new List<ValidationFailure>();
        if (member.IsDefault)
        {
            failures.Add(Failures.Of(nameof(member), EducationErrorCodes.MemberMissing, member));
        }

        if (!Enum.IsDefined(role))
        {
            failures.Add(Failures.Of(nameof(role), EducationErrorCodes.EnumUndefined, role));
        }

        if (year < LocalDate.MinIsoValue.Year || year > LocalDate.MaxIsoValue.Year)
        {
            failures.Add(Failures.Of(nameof(year), EducationErrorCodes.YearOutOfRange, year, year));
        }

        // Units per kind first, converted once: the policy is known only once the year is.
        Span<long> units = stackalloc long[3];
        var index = 0;
        foreach (var record in records)
        {
            if (record is null || !TrainingRecordValidator.Passes(record))
            {
                RecordChecks.AddItemFailures(record, $"{nameof(records)}[{index}]", failures);
            }
            else if (record.Member == member && record.TookOn.Year == year)
            {
                units[(int)record.Unit] += record.Count;
            }

            index++;
        }

        Failures.ThrowIfAny(failures);
        var version = Policies.InForceOn(new LocalDate(year, 12, 31));
        var policy = version.Policy;
        var hours = units[(int)TrainingUnit.ClassHour] + (units[(int)TrainingUnit.HalfDay] * policy.HoursPerHalfDay) + (units[(int)TrainingUnit.Day] * policy.HoursPerDay);
        var required = role == TrainingRole.Member ? policy.MemberHoursPerYear : policy.SecretaryHoursPerYear;
        var reason = hours >= required
            ? Reason.Of(EducationReasonCodes.TrainingMet, member, hours, year, required, EducationNames.Of(role))
            : Reason.Of(EducationReasonCodes.TrainingShort, member, hours, year, required - hours, required, EducationNames.Of(role));
        return new TrainingStanding(member, year, role, hours, required, version.Label, [reason]);
    }
}
