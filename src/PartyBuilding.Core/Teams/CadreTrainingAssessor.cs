using NodaTime;
using PartyBuilding.Core.Teams.Validation;

namespace PartyBuilding.Core.Teams;

/// <summary>Judges cadres' training with the versions of a <see cref="PolicySet{TPolicy}"/> of <see cref="TeamsPolicy"/>.</summary>
/// <remarks>Pure and thread-safe; every version is validated once, at construction.</remarks>
public sealed class CadreTrainingAssessor : ICadreTrainingAssessor
{
    private static readonly CadreTrainingRecordValidator RecordChecks = new();

    /// <summary>Creates an assessor with the default policy.</summary>
    public CadreTrainingAssessor()
        : this(PolicySet.Of(TeamsPolicy.Default))
    {
    }

    /// <summary>Creates an assessor with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent; every failure of every version is listed.</exception>
    public CadreTrainingAssessor(PolicySet<TeamsPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies.ThrowIfInvalid(new TeamsPolicyValidator(), nameof(policies));
    }

    /// <summary>The policy versions the assessor decides with.</summary>
    public PolicySet<TeamsPolicy> Policies { get; }

    /// <inheritdoc />
    public CadreTrainingStanding Assess(CadreTrainingRecord cadre, LocalDate asOf)
    {
        RecordChecks.ThrowIfInvalid(cadre, nameof(cadre));
        var version = Policies.InForceOn(asOf);
        var policy = version.Policy;
        var sessions = cadre.Sessions.Where(s => s.StartsOn <= asOf).OrderBy(s => s.StartsOn).ToArray();
        var reasons = new List<Reason>(3);

        // Induction: sessions from election to the deadline, the first day of the one that reaches the minimum.
        var inductionDue = CalendarEnds.PlusMonths(cadre.ElectedOn, policy.InductionWithinMonths);
        long inductionDays = 0;
        LocalDate? completed = null;
        foreach (var session in sessions.Where(s => s.StartsOn >= cadre.ElectedOn && s.StartsOn <= inductionDue))
        {
            inductionDays += session.Days;
            completed ??= inductionDays >= policy.InductionMinDays ? session.StartsOn : null;
        }

        var induction = !cadre.NewCadre ? TrainingStatus.NotRequired
            : completed is not null ? TrainingStatus.Done
            : asOf <= inductionDue ? TrainingStatus.Pending
            : TrainingStatus.Overdue;
        reasons.Add(induction switch
        {
            TrainingStatus.NotRequired => Reason.Of(TeamsReasonCodes.InductionNotRequired),
            TrainingStatus.Done => Reason.Of(TeamsReasonCodes.InductionDone, inductionDays, completed, policy.InductionMinDays, inductionDue),
            TrainingStatus.Pending => Reason.Of(TeamsReasonCodes.InductionPending, inductionDays, policy.InductionMinDays, inductionDue),
            _ => Reason.Of(TeamsReasonCodes.InductionOverdue, inductionDays, policy.InductionMinDays, inductionDue),
        });

        // Rotation: every calendar year after the election year; the past year is judged first, then the current one.
        var firstYear = cadre.ElectedOn.Year + 1;
        long DaysIn(int year) => sessions.Where(s => s.StartsOn.Year == year).Sum(s => (long)s.Days);
        var (rotation, year) = asOf.Year - 1 >= firstYear && DaysIn(asOf.Year - 1) < policy.RotationMinDaysPerYear
            ? (TrainingStatus.Overdue, asOf.Year - 1)
            : asOf.Year < firstYear ? (TrainingStatus.NotRequired, firstYear)
            : DaysIn(asOf.Year) >= policy.RotationMinDaysPerYear ? (TrainingStatus.Done, asOf.Year)
            : (TrainingStatus.Pending, asOf.Year);
        var days = DaysIn(year);
        var rotationDue = CalendarEnds.YearEnd(rotation == TrainingStatus.Done ? year + 1 : year);
        reasons.Add(rotation switch
        {
            TrainingStatus.NotRequired => Reason.Of(TeamsReasonCodes.RotationNotRequired, year),
            TrainingStatus.Done => Reason.Of(TeamsReasonCodes.RotationDone, days, year, policy.RotationMinDaysPerYear),
            TrainingStatus.Pending => Reason.Of(TeamsReasonCodes.RotationPending, days, year, policy.RotationMinDaysPerYear),
            _ => Reason.Of(TeamsReasonCodes.RotationOverdue, days, year, policy.RotationMinDaysPerYear),
        });

        var posts = cadre.Posts.Where(p => p.From <= asOf && (p.To is null || p.To >= asOf)).ToArray();
        reasons.AddRange(posts.Select(p => Reason.Of(p.Kind == CadrePostKind.Assistant ? TeamsReasonCodes.AssistantPost : TeamsReasonCodes.TemporaryPost, p.From)));
        return new CadreTrainingStanding(cadre, asOf, version.Label)
        {
            Induction = induction,
            InductionDays = inductionDays,
            InductionDueOn = inductionDue,
            InductionCompletedOn = completed,
            Rotation = rotation,
            RotationYear = year,
            RotationDays = days,
            RotationDueOn = rotationDue,
            ActivePosts = ValueList<CadrePost>.Of(posts),
            Reasons = reasons.AsReadOnly(),
        };
    }
}
