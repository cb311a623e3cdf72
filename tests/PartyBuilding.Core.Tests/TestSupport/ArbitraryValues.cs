using System.Collections.Concurrent;
using System.Reflection;
using NodaTime;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>
/// FsCheck generators of any value a host could pass for a parameter type: valid samples mixed with nulls,
/// undefined enum values (negative ones included), empty and whitespace strings, default ids, extreme
/// counts and dates, lists with null elements, and records of the library built from such values.
/// </summary>
internal static class ArbitraryValues
{
    private static readonly ConcurrentDictionary<(Type Type, int Depth), Gen<object?>> Made = new();

    /// <summary>Any value of <paramref name="type"/>; library records nest up to <paramref name="depth"/> levels.</summary>
    public static Gen<object?> Of(Type type, int depth = 2) => Made.GetOrAdd((type, depth), key => Make(key.Type, key.Depth));

    /// <summary>An argument list for <paramref name="parameters"/>.</summary>
    public static Gen<object?[]> For(IEnumerable<Type> parameters, int depth = 2) =>
        parameters.Aggregate(
            Gen.Constant(Array.Empty<object?>()),
            (list, parameter) => list.SelectMany(before => Of(parameter, depth).Select(value => (object?[])[.. before, value])));

    private static Gen<object?> Make(Type type, int depth)
    {
        if (type.IsByRef)
        {
            return Of(type.GetElementType()!, depth); // an out parameter: the value passed is ignored
        }

        var valid = LibrarySamples.ValuesOf(type);
        var odd = Odd(type, depth);
        return valid.Count == 0 ? odd : Gen.Frequency((2, Gen.Elements<object?>(valid)), (3, odd));
    }

    private static Gen<object?> Odd(Type type, int depth)
    {
        if (type == typeof(int))
        {
            return Gen.Frequency((3, Gen.Choose(-5, 130)), (1, Gen.Elements(int.MinValue, -1, int.MaxValue))).Select(v => (object?)v);
        }

        if (type == typeof(long))
        {
            return Gen.Frequency((3, Gen.Choose(-5, 130).Select(v => (long)v)), (1, Gen.Elements(long.MinValue, -1L, long.MaxValue))).Select(v => (object?)v);
        }

        if (type == typeof(bool))
        {
            return Gen.Elements<object?>(false, true);
        }

        if (type == typeof(string))
        {
            return Gen.Elements<object?>(null, string.Empty, " ", "\t\n", "x", "A1", "default", "ORG.NOT_A_CODE", "党支部", new string('9', 300));
        }

        if (type == typeof(LocalDate))
        {
            return Gen.Frequency(
                (4, Gen.Choose(-800, 800).Select(days => (object?)LibrarySamples.AsOf.PlusDays(days))),
                (1, Gen.Elements<object?>(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, default(LocalDate))));
        }

        if (type == typeof(Ratio))
        {
            return Gen.Elements<object?>(Ratio.Zero, Ratio.One, Ratio.Of(1, 2), new Ratio(long.MaxValue, 1), new Ratio(1, long.MaxValue), new Ratio(long.MaxValue - 1, long.MaxValue));
        }

        if (type == typeof(Guid))
        {
            return Gen.Elements<object?>(Guid.Empty, new Guid("0b7c53a1-9e6d-4f3c-8a21-5d4e3f2a1b0c"));
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Gen.Frequency((1, Gen.Constant<object?>(null)), (4, Of(underlying, depth)));
        }

        if (type.IsEnum)
        {
            var defined = Enum.GetValues(type).Cast<object?>().ToArray();
            var undefined = new[] { -1, int.MinValue, int.MaxValue, defined.Length, 64 }.Select(v => Enum.ToObject(type, v)).Cast<object?>().ToArray();
            return Gen.Frequency((2, Gen.Elements(defined)), (1, Gen.Elements(undefined)));
        }

        if (LibrarySamples.ElementTypeOfList(type) is { } element)
        {
            if (depth <= 0)
            {
                return Gen.Constant<object?>(null);
            }

            var lists = Gen.Choose(0, 5)
                .SelectMany(count => Gen.ArrayOf(Of(element, depth - 1), count))
                .Select(items => (object?)LibrarySamples.ListOf(type, element, [.. items.Select(item => item ?? Default(element))]));
            return Gen.Frequency((1, Gen.Constant<object?>(null)), (4, lists));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            var (key, value) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
            return Of(key, depth).SelectMany(k => Of(value, depth).Select(v => Activator.CreateInstance(type, k ?? Default(key), v ?? Default(value))));
        }

        if (LibrarySamples.IsLibraryType(type) && depth > 0 && Builders(type) is { Length: > 0 } builders)
        {
            var built = Gen.Elements(builders).SelectMany(builder =>
                For(builder.GetParameters().Select(p => p.ParameterType), depth - 1).SelectMany(arguments =>
                    Inits(builder, depth - 1).Select(inits => Build(type, builder, arguments, inits))));
            return type.IsValueType ? built : Gen.Frequency((1, Gen.Constant<object?>(null)), (3, built));
        }

        return Gen.Constant(Default(type));
    }

    /// <summary>Public constructors of the type (or of its public subclasses) and its public static factories.</summary>
    private static MethodBase[] Builders(Type type) =>
    [
        .. LibrarySamples.Library.GetExportedTypes()
            .Where(t => t is { IsAbstract: false, ContainsGenericParameters: false } && type.IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors().Where(c => !c.GetParameters().Any(p => p.ParameterType == t))),
        .. type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.ContainsGenericParameters && type.IsAssignableFrom(m.ReturnType)),
    ];

    /// <summary>Values for some of the init-only properties the built object has (the others keep what the builder gave).</summary>
    private static Gen<(PropertyInfo Property, object? Value)[]> Inits(MethodBase builder, int depth)
    {
        var owner = builder is ConstructorInfo ? builder.DeclaringType! : ((MethodInfo)builder).ReturnType;
        var properties = owner.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToArray();
        return properties.Aggregate(
            Gen.Constant(Array.Empty<(PropertyInfo, object?)>()),
            (list, property) => list.SelectMany(before => Gen.Frequency(
                (1, Of(property.PropertyType, depth).Select(value => ((PropertyInfo, object?)[])[.. before, (property, value)])),
                (1, Gen.Constant(before)))));
    }

    private static object? Build(Type type, MethodBase builder, object?[] arguments, (PropertyInfo Property, object? Value)[] inits)
    {
        if (LibrarySamples.TryInvoke(builder, null, arguments, out var built) is not null || built is null)
        {
            // The builder refused these values (an id or a ratio guarding itself): a valid one stands in.
            return LibrarySamples.ValuesOf(type) is [var valid, ..] ? valid : Default(type);
        }

        foreach (var (property, value) in inits)
        {
            if (value is not null || !property.PropertyType.IsValueType)
            {
                property.SetValue(built, value);
            }
        }

        return built;
    }

    private static object? Default(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}
