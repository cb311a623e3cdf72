using Ardalis.Specification;
using FluentValidation;
using NodaTime;
using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.FourHaves.Specifications;

/// <summary>
/// Operating enterprises due for assessment on a date: never assessed, or last assessed more than one cycle
/// before it (strictly: assessed before <c>asOf − cycle</c>; an assessment exactly one cycle old is not yet
/// overdue). Never assessed first, then oldest first, then by id.
/// </summary>
/// <remarks>Ties are broken by the id, which compares ordinally both in memory and in a database with a binary collation, and translates to a plain column order.</remarks>
public sealed class EnterprisesDueForAssessmentSpec : OrdinalSpecification<EnterpriseAssessmentSummary>
{
    private static readonly FourHavesPolicyValidator PolicyChecks = new();

    // The policy's own rule for a cycle, for a cycle given without a policy.
    private static readonly InlineValidator<Period> CycleChecks = new()
    {
        v => v.RuleFor(cycle => cycle).Must(FourHavesPolicyValidator.IsPositiveDatePeriod).WithCode(FourHavesErrorCodes.PolicyNotPositive).OverridePropertyName("cycle"),
    };

    /// <summary>Creates the specification with the default cycle of one year.</summary>
    public EnterprisesDueForAssessmentSpec(LocalDate asOf)
        : this(asOf, FourHavesPolicy.Default.AssessmentCycle)
    {
    }

    /// <summary>Creates the specification with the cycle of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is malformed (its cycle not positive, for one).</exception>
    public EnterprisesDueForAssessmentSpec(LocalDate asOf, FourHavesPolicy policy)
        : this(asOf, Checked(policy).AssessmentCycle)
    {
    }

    /// <summary>Creates the specification with <paramref name="cycle"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    /// <exception cref="InvalidInputException">The cycle has a time part, a negative part or is zero (code <c>FH.POLICY_NOT_POSITIVE</c>).</exception>
    public EnterprisesDueForAssessmentSpec(LocalDate asOf, Period cycle)
    {
        CycleChecks.ThrowIfInvalid(cycle, nameof(cycle));

        // Computed here: providers cannot translate calendar arithmetic inside the filter. A cutoff before the
        // calendar's start is its first day: no assessment lies before it.
        LocalDate? cutoff = CalendarEnds.Minus(asOf, cycle);
        Query.Where(e => e.Operating && (e.AssessedOn == null || e.AssessedOn < cutoff))
            .OrderByDescending(e => e.AssessedOn == null) // never assessed first on every database (PostgreSQL puts nulls last)
            .ThenBy(e => e.AssessedOn)
            .ThenBy(e => e.Id);
    }

    private static FourHavesPolicy Checked(FourHavesPolicy policy)
    {
        PolicyChecks.ThrowIfInvalid(policy, nameof(policy));
        return policy;
    }
}
