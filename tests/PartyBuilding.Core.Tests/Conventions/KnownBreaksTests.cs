namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>The known breaks name only members and entry points that exist, so a renamed one cannot hide in the list.</summary>
public sealed class KnownBreaksTests
{
    [Fact]
    public void Every_known_break_names_something_the_conventions_tests_check()
    {
        var members = ImmutabilityConventionsTests.CollectionMembers().Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var inputs = ImmutabilityConventionsTests.ListInputs().Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var services = TestSupport.LibrarySamples.RuleServices.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        string[] stale =
        [
            .. KnownBreaks.Immutability.Where(k => !members.Contains(k) || ImmutabilityConventionsTests.Excluded.ContainsKey(k)),
            .. KnownBreaks.ListInputs.Where(k => !inputs.Contains(k)),
            .. KnownBreaks.CodedErrors.Where(k => !CodedErrorsConventionsTests.All.ContainsKey(k.Split(" → ")[0])),
            .. KnownBreaks.ThreadSafety.Where(k => !services.Contains(k)),
        ];

        Assert.Empty(stale);
    }
}
