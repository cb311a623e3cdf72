using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace PartyBuilding.Samples.County.Storage;

/// <summary>Stores a strongly typed id (<c>OrganizationId</c> etc.) as its string <c>Value</c>.</summary>
internal sealed class IdConverter<TId>() : ValueConverter<TId, string>(IdExpressions<TId>.ToProvider, IdExpressions<TId>.FromProvider)
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

/// <summary>Stores a <see cref="LocalDate"/> as a <see cref="DateOnly"/> (SQLite text <c>yyyy-MM-dd</c>, which sorts as dates do).</summary>
internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));
