using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>Stores a strongly typed id (<see cref="OrganizationId"/> etc.) as its string <c>Value</c>.</summary>
public sealed class IdConverter<TId>() : ValueConverter<TId, string>(IdExpressions<TId>.ToProvider, IdExpressions<TId>.FromProvider)
    where TId : struct;

/// <summary>The two expressions of <see cref="IdConverter{TId}"/>, built once per id type.</summary>
internal static class IdExpressions<TId>
    where TId : struct
{
    public static readonly Expression<Func<TId, string>> ToProvider = Build();

    public static readonly Expression<Func<string, TId>> FromProvider = BuildBack();

    private static Expression<Func<TId, string>> Build()
    {
        var id = Expression.Parameter(typeof(TId), "id");
        return Expression.Lambda<Func<TId, string>>(Expression.Property(id, "Value"), id);
    }

    private static Expression<Func<string, TId>> BuildBack()
    {
        var value = Expression.Parameter(typeof(string), "value");
        var constructor = typeof(TId).GetConstructor([typeof(string)])
            ?? throw new InvalidOperationException($"{typeof(TId).Name} has no constructor taking the string value.");
        return Expression.Lambda<Func<string, TId>>(Expression.New(constructor, value), value);
    }
}

/// <summary>Stores a <see cref="LocalDate"/> as a <see cref="DateOnly"/> (SQLite text <c>yyyy-MM-dd</c>, which sorts as dates do for years 1 to 9999).</summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));

/// <summary>Stores an <see cref="Instant"/> as Unix milliseconds.</summary>
public sealed class InstantConverter() : ValueConverter<Instant, long>(i => i.ToUnixTimeMilliseconds(), ms => Instant.FromUnixTimeMilliseconds(ms));

/// <summary>Finds the library's id types: public value types with a string constructor, a string <c>Value</c> and <c>IsDefault</c>.</summary>
public static class IdTypes
{
    public static IReadOnlyList<Type> All { get; } =
        [.. typeof(Reason).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType
                && t.GetConstructor([typeof(string)]) is not null
                && t.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(string)
                && t.GetProperty("IsDefault", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(bool))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
}
