using Ardalis.Specification;

namespace PartyBuilding.Core.Education.Specifications;

/// <summary>Members whose class hours for a year are below the hours their role requires, fewest hours first, then by member.</summary>
public sealed class MembersBelowTrainingHoursSpec : OrdinalSpecification<TrainingHoursSummary>
{
    /// <summary>Creates the specification for <paramref name="year"/>.</summary>
    public MembersBelowTrainingHoursSpec(int year)
    {
        Query.Where(s => s.Year == year && s.Hours < s.Required)
            .OrderBy(s => s.Hours)
            .ThenBy(s => s.Member);
    }
}
