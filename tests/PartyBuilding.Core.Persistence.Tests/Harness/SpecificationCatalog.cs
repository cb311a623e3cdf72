using System.Reflection;
using Ardalis.Specification;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>Every specification of the library and every registered case, found by reflection.</summary>
public static class SpecificationCatalog
{
    /// <summary>The library assembly.</summary>
    public static Assembly Library { get; } = typeof(Reason).Assembly;

    /// <summary>Every case source in this test assembly.</summary>
    public static IReadOnlyList<ISpecificationCases> Sources { get; } =
        [.. typeof(SpecificationCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISpecificationCases).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ISpecificationCases)Activator.CreateInstance(t)!)];

    /// <summary>Every case, by name.</summary>
    public static IReadOnlyDictionary<string, SpecificationCase> Cases { get; } =
        Sources.SelectMany(s => s.Cases).ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Every stored type a case queries; the database maps exactly these.</summary>
    public static IReadOnlyList<Type> EntityTypes { get; } =
        [.. Cases.Values.Select(c => c.EntityType).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Every concrete specification class in the library (any type deriving from <see cref="Specification{T}"/>).</summary>
    public static IReadOnlyList<Type> LibrarySpecifications { get; } =
        [.. Library.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && QueriedType(t) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The <c>T</c> of the <see cref="Specification{T}"/> that <paramref name="type"/> derives from, or null.</summary>
    public static Type? QueriedType(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Specification<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
