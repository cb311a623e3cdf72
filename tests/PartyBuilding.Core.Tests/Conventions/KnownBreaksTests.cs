namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>The known breaks name only entry points that exist, so a renamed one cannot hide in the list.</summary>
public sealed class KnownBreaksTests
{
    [Fact]
    public void Every_known_break_names_an_entry_point_the_coded_errors_convention_calls()
    {
        var stale = KnownBreaks.CodedErrors.Keys.Where(k => !CodedErrorsConventionsTests.All.ContainsKey(k.Split(" → ")[0])).ToArray();

        Assert.Empty(stale);
    }
}
