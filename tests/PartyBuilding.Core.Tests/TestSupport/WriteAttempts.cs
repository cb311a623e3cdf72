using System.Collections;
using System.Reflection;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>
/// Tries to write through every cast a host could make of a collection the library returned: an array
/// element, the indexer, <c>Add</c>, <c>Insert</c> and <c>Clear</c> of <see cref="IList{T}"/>,
/// <see cref="ICollection{T}"/>, <see cref="ISet{T}"/>, <see cref="IDictionary{TKey, TValue}"/> and their
/// non-generic forms.
/// </summary>
/// <remarks>
/// The samples are shared by every test class, so every write puts back what it changed: writes that change
/// nothing (an element written over with itself) come first, and a write that changes the collection
/// (<c>Add</c>, <c>Clear</c>) is undone at once. Undone is not unseen: a reader on another thread could meet
/// the collection in between, so the tests that call this run alone (<c>WritesThroughCasts</c>).
/// </remarks>
internal static class WriteAttempts
{
    /// <summary>The first write that succeeded, named as a host would write it, or null when every one was refused.</summary>
    public static string? FirstSuccess(object collection)
    {
        if (collection is Array { Length: 0 })
        {
            return null; // nothing can be written into an empty array (IList.Clear on it succeeds, changing nothing)
        }

        var type = collection.GetType();
        var interfaces = type.GetInterfaces();
        Type[] Generic(Type definition) => [.. interfaces.Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)];

        var attempts = new List<(string Name, Action Write)>();
        if (collection is Array { Rank: 1, Length: > 0 } array)
        {
            attempts.Add(($"(({Names.Of(type)})x)[0] = x[0]", () => array.SetValue(array.GetValue(0), 0)));
        }

        var first = ((IEnumerable)collection).Cast<object?>().Take(1).ToArray();
        foreach (var list in Generic(typeof(IList<>)).Where(_ => first.Length > 0))
        {
            attempts.Add(($"((IList<{Arg(list)}>)x)[0] = x[0]", () =>
            {
                var item = list.GetProperty("Item")!;
                item.SetValue(collection, item.GetValue(collection, [0]), [0]);
            }));
        }

        if (collection is IList { Count: > 0 } plainList)
        {
            attempts.Add(("((IList)x)[0] = x[0]", () => plainList[0] = plainList[0]));
        }

        foreach (var dictionary in Generic(typeof(IDictionary<,>)).Where(_ => first.Length > 0))
        {
            attempts.Add(($"((IDictionary<{Arg(dictionary)}>)x)[key] = x[key]", () =>
            {
                var key = ((IEnumerable)dictionary.GetProperty("Keys")!.GetValue(collection)!).Cast<object>().First();
                var item = dictionary.GetProperty("Item")!;
                item.SetValue(collection, item.GetValue(collection, [key]), [key]);
            }));
        }

        if (collection is IDictionary { Count: > 0 } plainDictionary)
        {
            attempts.Add(("((IDictionary)x)[key] = x[key]", () =>
            {
                var key = plainDictionary.Keys.Cast<object>().First();
                plainDictionary[key] = plainDictionary[key];
            }));
        }

        foreach (var set in Generic(typeof(ISet<>)).Where(_ => first.Length > 0))
        {
            // Already there: a writable set accepts it and nothing changes.
            attempts.Add(($"((ISet<{Arg(set)}>)x).Add(x.First())", () => set.GetMethod("Add")!.Invoke(collection, [first[0]])));
        }

        foreach (var bag in Generic(typeof(ICollection<>)))
        {
            var element = bag.GetGenericArguments()[0];
            var list = interfaces.FirstOrDefault(i => i == typeof(IList<>).MakeGenericType(element));
            attempts.Add(($"((ICollection<{Arg(bag)}>)x).Add(item)", () =>
            {
                var item = first.Length > 0 ? first[0] : Default(element);
                bag.GetMethod("Add")!.Invoke(collection, [item]);
                if (list is not null)
                {
                    list.GetMethod("RemoveAt")!.Invoke(collection, [Count(collection, bag) - 1]);
                }
                else
                {
                    bag.GetMethod("Remove")!.Invoke(collection, [item]);
                }
            }));
            if (list is not null)
            {
                attempts.Add(($"((IList<{Arg(list)}>)x).Insert(0, item)", () =>
                {
                    list.GetMethod("Insert")!.Invoke(collection, [0, first.Length > 0 ? first[0] : Default(element)]);
                    list.GetMethod("RemoveAt")!.Invoke(collection, [0]);
                }));
            }

            attempts.Add(($"((ICollection<{Arg(bag)}>)x).Clear()", () =>
            {
                var items = ((IEnumerable)collection).Cast<object?>().ToArray();
                bag.GetMethod("Clear")!.Invoke(collection, []);
                foreach (var item in items)
                {
                    bag.GetMethod("Add")!.Invoke(collection, [item]);
                }
            }));
        }

        if (collection is IList plain)
        {
            attempts.Add(("((IList)x).Add(item)", () =>
            {
                var index = plain.Add(first.Length > 0 ? first[0] : null);
                plain.RemoveAt(index);
            }));
            attempts.Add(("((IList)x).Clear()", () =>
            {
                var items = plain.Cast<object?>().ToArray();
                plain.Clear();
                foreach (var item in items)
                {
                    plain.Add(item);
                }
            }));
        }

        if (collection is IDictionary plainMap)
        {
            attempts.Add(("((IDictionary)x).Clear()", () =>
            {
                var items = plainMap.Cast<DictionaryEntry>().ToArray();
                plainMap.Clear();
                foreach (var item in items)
                {
                    plainMap.Add(item.Key, item.Value);
                }
            }));
        }

        foreach (var (name, write) in attempts)
        {
            try
            {
                write();
                return name;
            }
            catch (Exception)
            {
                // refused, as it should be
            }
        }

        return null;
    }

    private static string Arg(Type generic) => string.Join(", ", generic.GetGenericArguments().Select(Names.Of));

    private static int Count(object collection, Type generic) =>
        (int)(generic.GetGenericArguments() switch
        {
            [var element] => typeof(ICollection<>).MakeGenericType(element).GetProperty("Count")!.GetValue(collection)!,
            [var key, var value] => typeof(ICollection<>).MakeGenericType(typeof(KeyValuePair<,>).MakeGenericType(key, value)).GetProperty("Count")!.GetValue(collection)!,
            _ => 0,
        });

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
