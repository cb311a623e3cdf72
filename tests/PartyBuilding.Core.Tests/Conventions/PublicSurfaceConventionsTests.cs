using System.Reflection;
using System.Runtime.CompilerServices;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>Rules every public type of the library follows, checked by reflection so that new capabilities are covered as they merge.</summary>
public sealed class PublicSurfaceConventionsTests
{
    private static readonly Type[] Exported = typeof(Reason).Assembly.GetExportedTypes();

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null // record class
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null); // record struct

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Name(Type type) => type.FullName ?? type.Name;

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract()
    {
        var open = Exported
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(Name)
            .ToArray();

        Assert.Empty(open);
    }

    [Fact]
    public void Every_public_record_has_init_only_properties()
    {
        var records = Exported.Where(IsRecord).ToArray();
        var settable = records
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(x => $"{Name(x.Type)}.{x.Property.Name}")
            .ToArray();

        Assert.NotEmpty(records);
        Assert.Empty(settable);
    }

    [Fact]
    public void Public_types_other_than_options_have_no_public_setters_or_mutable_fields()
    {
        var mutable = Exported
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal) && !t.IsEnum && !t.IsInterface)
            .SelectMany(t =>
                t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                    .Select(p => $"{Name(t)}.{p.Name} (setter)")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsLiteral && !f.IsInitOnly)
                    .Select(f => $"{Name(t)}.{f.Name} (field)")))
            .ToArray();

        Assert.Empty(mutable);
    }

    [Fact]
    public void Public_types_comparable_to_themselves_are_also_comparable_when_boxed()
    {
        // Specifications order by keys boxed to object; in memory those sort with the non-generic IComparable.
        var missing = Exported
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => !typeof(IComparable).IsAssignableFrom(t))
            .Select(Name)
            .ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void No_public_input_of_the_library_is_a_floating_point_number()
    {
        // Decisions are exact (Ratio, counts, decimal yuan); floating point may only come out, for display (ToDouble).
        static bool IsFloat(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            if (t.IsByRef || t.IsArray)
            {
                t = t.GetElementType()!;
            }

            return t == typeof(double) || t == typeof(float) || t == typeof(Half);
        }

        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = Exported.SelectMany(t =>
                t.GetConstructors(flags).Cast<MethodBase>().Concat(t.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
                    .SelectMany(m => m.GetParameters().Where(p => IsFloat(p.ParameterType)).Select(p => $"{Name(t)}.{m.Name}({p.Name})"))
                .Concat(t.GetProperties(flags).Where(p => IsFloat(p.PropertyType)).Select(p => $"{Name(t)}.{p.Name}"))
                .Concat(t.GetFields(flags).Where(f => IsFloat(f.FieldType)).Select(f => $"{Name(t)}.{f.Name}"))
                .Concat(t.GetMethods(flags).Where(m => !m.IsSpecialName && IsFloat(m.ReturnType) && !m.Name.StartsWith("To", StringComparison.Ordinal)).Select(m => $"{Name(t)}.{m.Name}() returns {m.ReturnType.Name}")))
            .ToArray();

        Assert.Empty(offenders);
    }
}
