using Ardalis.Specification;
using NodaTime;

namespace PartyBuilding.Core.Petitions.Specifications;

/// <summary>
/// Petitions overdue on a date as they stand: past the deadline of their stage (<see cref="PetitionSummary.DueOn"/>),
/// in every stage or in one. Earliest deadline first, then by id.
/// </summary>
/// <remarks>A petition is not overdue on its deadline day, only from the day after.</remarks>
public sealed class PetitionsOverdueSpec : OrdinalSpecification<PetitionSummary>
{
    /// <summary>Creates the specification for <paramref name="date"/>, in every stage or in <paramref name="stage"/> only.</summary>
    /// <param name="date">The day asked about.</param>
    /// <param name="stage">The state whose deadline is asked about (received, accepted, review or re-review requested), or null for every stage.</param>
    public PetitionsOverdueSpec(LocalDate date, PetitionState? stage = null)
    {
        if (stage is { } only)
        {
            Query.Where(p => p.State == only);
        }

        Query.Where(p => p.DueOn != null && p.DueOn < date)
            .OrderBy(p => p.DueOn)
            .ThenBy(p => p.Id);
    }
}
