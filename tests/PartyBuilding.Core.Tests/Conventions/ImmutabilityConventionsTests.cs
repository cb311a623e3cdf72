using System.Collections;
using System.Reflection;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// Nothing built can be changed (issue 13, item 1): every collection a public member of the library returns
/// refuses every write a cast allows, and every list a public constructor, factory or <c>init</c> takes is
/// copied. The members are found by reflection, so a new type is checked the day it is added; the instances
/// are real ones (<see cref="LibrarySamples"/>).
/// </summary>
[Collection(nameof(WritesThroughCasts))]
public sealed class ImmutabilityConventionsTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// Members returning a collection that are not checked, with the reason: a collection no host can reach
    /// (not constructible by a host), or the host's own collection handed back. Every other member is read on
    /// real instances; add one here only with such a reason.
    /// </summary>
    internal static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        // Both return what the host passed in, for chaining: the host's own collection, not one the library built.
        ["PartyBuildingServiceCollectionExtensions.AddPartyBuilding(IServiceCollection, Action<PartyBuildingOptions>)"] = "returns the host's IServiceCollection",
        ["SpecificationQueryableExtensions.ApplySpecification(IQueryable<T>, ISpecification<T>)"] = "returns the host's IQueryable, filtered",
    };

    private static Type[] Exported => LibrarySamples.Library.GetExportedTypes();

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>Every public member of the library that returns a collection, and every public type that is one itself.</summary>
    internal static IEnumerable<(string Key, MemberInfo? Member, Type Owner)> CollectionMembers() =>
        Exported.Where(t => !t.IsEnum).SelectMany(type =>
            type.GetProperties(Declared).Where(p => p.GetIndexParameters().Length == 0 && IsCollection(p.PropertyType))
                .Select(p => (Names.Of(type) + "." + p.Name, (MemberInfo?)p, type))
            .Concat(type.GetMethods(Declared).Where(m => !m.IsSpecialName && IsCollection(m.ReturnType) && m.Name != nameof(IEnumerable.GetEnumerator))
                .Select(m => (Names.Of(m), (MemberInfo?)m, type)))
            .Concat(type.IsClass && !type.IsAbstract && IsCollection(type) ? [(Names.Of(type) + " (itself)", null, type)] : []));

    [Fact]
    public void Every_collection_a_public_member_returns_refuses_every_write_through_a_cast()
    {
        var members = CollectionMembers().ToArray();
        var writable = new List<string>();
        var unread = new List<string>();
        foreach (var (key, member, owner) in members)
        {
            if (Excluded.ContainsKey(key))
            {
                continue;
            }

            var returned = Read(member, owner).ToArray();
            if (!returned.Any(r => ((IEnumerable)r).Cast<object?>().Any()))
            {
                unread.Add(returned.Length == 0 ? key : key + " (only empty collections)");
                continue;
            }

            if (returned.Select(WriteAttempts.FirstSuccess).FirstOrDefault(w => w is not null) is { } write)
            {
                writable.Add($"{key}: {write} succeeded");
            }
        }

        Assert.True(members.Length > 40, $"only {members.Length} collection members found");
        Fail(
            ("No sample reaches (add one to LibrarySamples, or a reason to Excluded)", unread),
            ("Writable through a cast", writable));
    }

    [Fact]
    public void Every_list_a_public_constructor_factory_or_init_takes_is_copied()
    {
        var inputs = ListInputs().ToArray();
        var kept = new List<string>();
        var unbuilt = new List<string>();
        foreach (var input in inputs)
        {
            var (fault, built) = Check(input);
            if (!built)
            {
                unbuilt.Add(input.Key);
                continue;
            }

            if (fault is not null)
            {
                kept.Add($"{input.Key}: {fault}");
            }
        }

        Assert.True(inputs.Length > 15, $"only {inputs.Length} list inputs found");
        Fail(
            ("Could not be built from the samples", unbuilt),
            ("Not copied", kept));
    }

    [Fact]
    public void The_write_attempts_succeed_on_what_a_careless_member_would_return()
    {
        // The probe itself: each of these is what a member handing out its storage returns.
        Assert.NotNull(WriteAttempts.FirstSuccess(new[] { 1, 2 }));
        Assert.NotNull(WriteAttempts.FirstSuccess(new List<int>()));
        Assert.NotNull(WriteAttempts.FirstSuccess(new HashSet<int> { 1 }));
        Assert.NotNull(WriteAttempts.FirstSuccess(new Dictionary<int, int> { [1] = 1 }));
        Assert.NotNull(WriteAttempts.FirstSuccess(new ArrayList { 1 }));
        Assert.Null(WriteAttempts.FirstSuccess(Array.AsReadOnly(new[] { 1, 2 })));
        Assert.Null(WriteAttempts.FirstSuccess(System.Collections.Immutable.ImmutableArray.Create(1, 2)));
        Assert.Null(WriteAttempts.FirstSuccess(new[] { 1, 2 }.Select(x => x)));
    }

    /// <summary>Fails with every non-empty section listed, so one run shows all there is to fix.</summary>
    internal static void Fail(params (string Title, List<string> Lines)[] sections)
    {
        var failed = sections.Where(s => s.Lines.Count > 0).Select(s => s.Title + ":\n  " + string.Join("\n  ", s.Lines)).ToArray();
        Assert.True(failed.Length == 0, string.Join("\n", failed));
    }

    /// <summary>What <paramref name="member"/> returns on every sample of its type (for a method, with every sampled argument list).</summary>
    private static IEnumerable<object> Read(MemberInfo? member, Type owner)
    {
        if (member is null)
        {
            return LibrarySamples.InstancesOf(owner).OfType<object>();
        }

        var isStatic = member is MethodInfo { IsStatic: true } or PropertyInfo { GetMethod.IsStatic: true };
        IEnumerable<(object? Target, MemberInfo? Member)> targets = isStatic && !owner.ContainsGenericParameters
            ? [(null, member)]
            : LibrarySamples.Instances.Select(i => (Target: (object?)i, Member: Closed(member, owner, i.GetType()))).Where(x => x.Member is not null);
        return targets.SelectMany(x => x.Member switch
            {
                PropertyInfo property => [Returned(property.GetMethod!, x.Target, [])],
                MethodInfo method => LibrarySamples.ArgumentsFor(method).Select(a => Returned(method, x.Target, a)),
                _ => [],
            })
            .OfType<object>();
    }

    private static object? Returned(MethodInfo method, object? target, object?[] arguments) =>
        LibrarySamples.TryInvoke(method, target, arguments, out var result) is null ? result : null;

    /// <summary>The member as the runtime type <paramref name="runtime"/> has it (closing a generic owner), or null when it does not.</summary>
    private static MemberInfo? Closed(MemberInfo member, Type owner, Type runtime)
    {
        if (!owner.IsGenericTypeDefinition)
        {
            return owner.IsAssignableFrom(runtime) ? member : null;
        }

        for (var type = runtime; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == owner)
            {
                return type.GetMembers(Declared).FirstOrDefault(m => m.MetadataToken == member.MetadataToken && m.Module == member.Module);
            }
        }

        return null;
    }

    // ---- list inputs ------------------------------------------------------------------------------------

    /// <summary>A list a host hands to the library when building an object: a constructor or factory parameter, or an init-only property.</summary>
    internal sealed record ListInput(string Key, Type Owner, MethodBase? Builder, int Parameter, PropertyInfo? Init);

    internal static IEnumerable<ListInput> ListInputs()
    {
        foreach (var open in Exported.Where(t => t is { IsAbstract: false, IsInterface: false, IsEnum: false }))
        {
            var type = Close(open);
            if (type is null)
            {
                continue;
            }

            var builders = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.ReturnType == type && !m.IsSpecialName));
            foreach (var builder in builders)
            {
                var parameters = builder.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (IsCollection(parameters[i].ParameterType))
                    {
                        var name = builder is ConstructorInfo ? Names.Of(open) : Names.Of(open) + "." + builder.Name;
                        yield return new ListInput($"{name}({parameters[i].Name})", type, builder, i, null);
                    }
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => IsCollection(p.PropertyType) && IsInitOnly(p)))
            {
                yield return new ListInput($"{Names.Of(open)}.{property.Name} {{ init; }}", type, null, -1, property);
            }
        }
    }

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } setter && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));

    /// <summary>A generic type closed over a sampled policy (the only generic types the library makes public are over policies).</summary>
    private static Type? Close(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return type;
        }

        try
        {
            return type.MakeGenericType([.. type.GetGenericArguments().Select(_ => typeof(PartyBuilding.Core.Organizations.StructurePolicy))]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Builds the object from a fresh list, then writes through the stored list and changes the host's.</summary>
    private static (string? Fault, bool Built) Check(ListInput input)
    {
        var listType = input.Init?.PropertyType ?? input.Builder!.GetParameters()[input.Parameter].ParameterType;
        Func<object> fresh;
        if (DictionaryTypes(listType) is { } entry)
        {
            // A host's dictionary (for example a profile's extra facts): the sampled keys, each with a sampled value.
            var keys = LibrarySamples.ValuesOf(entry.Key).Where(v => v is not null).Distinct().ToArray();
            var value = LibrarySamples.ValuesOf(entry.Value).FirstOrDefault(v => v is not null);
            if (keys.Length == 0 || value is null)
            {
                return (null, false);
            }

            fresh = () => FreshDictionary(entry.Key, entry.Value, keys, value);
        }
        else
        {
            var element = LibrarySamples.ElementTypeOfList(listType)
                ?? (listType.IsAssignableFrom(typeof(List<object>)) ? typeof(object) : null);
            if (element is null)
            {
                return ($"takes a {Names.Of(listType)}, which the test cannot make", true);
            }

            var items = LibrarySamples.ValuesOf(element).Where(v => v is not null).Distinct().ToArray();
            if (items.Length == 0)
            {
                return (null, false);
            }

            fresh = () => FreshList(listType, element, items);
        }

        foreach (var (built, source) in Build(input, fresh))
        {
            var before = Observation.Of(built);
            var stored = input.Init is { } init ? init.GetValue(built) : StoredAs(input, built);
            var write = stored is null ? null : WriteAttempts.FirstSuccess(stored);
            if (source is IDictionary dictionary)
            {
                dictionary.Clear();
            }
            else if (source is IList list and not Array)
            {
                list.Clear();
            }
            else
            {
                Array.Clear((Array)source);
            }

            var kept = Observation.Of(built) != before;
            return (kept, write) switch
            {
                (true, _) => ("keeps the host's list: changing it afterwards changes the object", true),
                (false, { } how) => ($"stores a writable list: {how} succeeded", true),
                _ => (null, true),
            };
        }

        return (null, false);
    }

    /// <summary>The built objects, each with the fresh list it was built from (other parameters take each sampled argument list in turn).</summary>
    private static IEnumerable<(object Built, object Source)> Build(ListInput input, Func<object> fresh)
    {
        if (input.Init is { } init)
        {
            foreach (var sample in LibrarySamples.InstancesOf(input.Owner).OfType<object>().Take(3))
            {
                var copy = input.Owner.GetMethod("<Clone>$")?.Invoke(sample, []);
                if (copy is null)
                {
                    continue;
                }

                var source = fresh();
                init.SetValue(copy, source);
                yield return (copy, source);
            }

            yield break;
        }

        var builder = input.Builder!;
        foreach (var arguments in LibrarySamples.ArgumentsFor(builder).Take(6))
        {
            var source = fresh();
            arguments[input.Parameter] = source;
            if (LibrarySamples.TryInvoke(builder, null, arguments, out var built) is null && built is not null)
            {
                yield return (built, source);
            }
        }
    }

    /// <summary>The key and value types when <paramref name="type"/> is a read-only dictionary interface.</summary>
    private static (Type Key, Type Value)? DictionaryTypes(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            ? (type.GetGenericArguments()[0], type.GetGenericArguments()[1])
            : null;

    /// <summary>A host's mutable dictionary of <paramref name="keys"/>, each with <paramref name="value"/>.</summary>
    private static object FreshDictionary(Type key, Type value, object?[] keys, object value0)
    {
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
        foreach (var k in keys)
        {
            dictionary[k!] = value0;
        }

        return dictionary;
    }

    /// <summary>A host's mutable list: a <see cref="List{T}"/> wherever the parameter accepts one, an array otherwise.</summary>
    private static object FreshList(Type listType, Type element, object?[] items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        if (listType.IsAssignableFrom(list.GetType()))
        {
            return list;
        }

        var array = Array.CreateInstance(element, items.Length);
        list.CopyTo(array, 0);
        return array;
    }

    /// <summary>The property a builder parameter is stored in, matched by name (positional records, and classes that name them alike).</summary>
    private static object? StoredAs(ListInput input, object built)
    {
        var name = input.Builder!.GetParameters()[input.Parameter].Name;
        var property = built.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && IsCollection(p.PropertyType));
        return property?.GetValue(built);
    }
}
