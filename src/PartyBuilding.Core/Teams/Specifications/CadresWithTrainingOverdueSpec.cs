using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Teams.Specifications;

/// <summary>
/// Cadres whose training is overdue on a date: induction owed, not completed, after its due day; or the rotation
/// training owed by a year's end not done after it. By cadre.
/// </summary>
public sealed class CadresWithTrainingOverdueSpec : OrdinalSpecification<CadreTrainingSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>.</summary>
    public CadresWithTrainingOverdueSpec(LocalDate date)
    {
        Query.Where(c => (c.InductionRequired && c.InductionCompletedOn == null && c.InductionDueOn < date) || c.RotationDueOn < date)
            .OrderBy(c => c.Cadre);
    }
}
