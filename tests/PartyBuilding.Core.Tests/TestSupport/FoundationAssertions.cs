using System.Collections;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Checks that a list the library hands out stays unchanged whatever a host casts it to.</summary>
internal static class ReadOnlyLists
{
    /// <summary>Tries every write a cast allows (to an array, <see cref="IList{T}"/>, <see cref="ICollection{T}"/>, <see cref="IList"/>) and fails on any that succeeds.</summary>
    public static void AssertUnwritable<T>(IReadOnlyList<T> list, T item)
    {
        var before = list.ToArray();
        Assert.False(list is T[], "the list is an array");
        if (list is IList<T> generic)
        {
            Assert.True(generic.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => generic.Add(item));
            Assert.Throws<NotSupportedException>(() => generic.Insert(0, item));
            Assert.Throws<NotSupportedException>(() => generic.Clear());
            Assert.Throws<NotSupportedException>(() => generic.Remove(item));
            if (before.Length > 0)
            {
                Assert.Throws<NotSupportedException>(() => generic[0] = item);
                Assert.Throws<NotSupportedException>(() => generic.RemoveAt(0));
            }
        }

        if (list is IList untyped)
        {
            Assert.True(untyped.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => untyped.Add(item));
            Assert.Throws<NotSupportedException>(() => untyped.Clear());
        }

        Assert.Equal(before, list);
    }
}

/// <summary>What a host may see from an entry point given hostile input: a result or a coded refusal, nothing else.</summary>
internal static class Boundary
{
    /// <summary>
    /// Whether <paramref name="call"/> returned, or threw an <see cref="InvalidInputException"/> whose every failure has a
    /// code, or an <see cref="InvalidOperationException"/> whose message starts with a code (<c>PREFIX.CODE: …</c>).
    /// </summary>
    public static Property ResultOrCoded(Action call, string input)
    {
        try
        {
            call();
            return true.ToProperty();
        }
        catch (InvalidInputException e)
        {
            return (e.Errors.Count > 0 && e.Errors.All(f => !string.IsNullOrEmpty(f.ErrorCode))).Label($"uncoded failure for {input}: {e.Message}");
        }
        catch (InvalidOperationException e) when (System.Text.RegularExpressions.Regex.IsMatch(e.Message, "^[A-Z0-9_]+\\.[A-Z0-9_.]+: "))
        {
            return true.ToProperty();
        }
        catch (Exception e)
        {
            return false.Label($"{e.GetType().Name} for {input}: {e.Message}");
        }
    }
}
