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
