using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// The persistence cases of one capability. Implement it in <c>Cases/&lt;Capability&gt;SpecificationCases.cs</c>
/// (a public sealed class with a parameterless constructor); the harness finds every implementation
/// by reflection. Every concrete specification in the library needs at least one case, or the
/// suite fails (<see cref="SpecificationCoverageTests"/>).
/// </summary>
public interface ISpecificationCases
{
    /// <summary>The cases, each for one specification type.</summary>
    IEnumerable<SpecificationCase> Cases { get; }

    /// <summary>
    /// Adjusts the mapping of this capability's stored types when the conventions of
    /// <see cref="SummaryDbContext"/> do not fit (for example a key not named <c>Id</c>). The default does nothing.
    /// </summary>
    void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
