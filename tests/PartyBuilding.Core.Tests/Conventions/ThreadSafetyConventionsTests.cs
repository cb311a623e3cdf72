using System.Globalization;
using System.Reflection;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// Thread safety as promised (issue 13, item 6): one instance of each rule service, called from eight threads
/// at once, half of them reading English and half Chinese, gives every thread the result it gives a single
/// thread — the same codes and figures, and the reasons in the thread's own language.
/// </summary>
public sealed class ThreadSafetyConventionsTests
{
    private const int Threads = 8;
    private const int Rounds = 20;

    private static readonly string[] Cultures = ["en", "zh-CN"];

    public static TheoryData<string> Services => [.. LibrarySamples.RuleServices.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Services))]
    public void Eight_threads_in_two_languages_each_get_the_single_threaded_result_in_their_own_language(string service)
    {
        var type = LibrarySamples.RuleServices.Single(s => s.Name == service);
        var instance = LibrarySamples.Service(type);
        var calls = type.GetMethods().SelectMany(m => LibrarySamples.ArgumentsFor(m).Select(a => (Method: m, Arguments: a))).ToArray();
        string[] Run(bool withText) => [.. calls.Select(c => Observation.Of(LibrarySamples.Invoke(c.Method, instance, c.Arguments), withText))];

        var expected = Cultures.ToDictionary(c => c, c => Culture.Under(c, () => Run(withText: true)));
        var codesAndFigures = Cultures.ToDictionary(c => c, c => Culture.Under(c, () => Run(withText: false)));
        Assert.NotEmpty(calls);
        Assert.NotEqual(expected[Cultures[0]], expected[Cultures[1]]); // the reasons do carry text in both languages

        // A reason keeps its figures, not text: its codes and figures are the same whatever the reader's language.
        var byCulture = codesAndFigures[Cultures[0]].Zip(codesAndFigures[Cultures[1]]).Where(p => p.First != p.Second).Select(p => Difference(p.First, p.Second)).ToArray();
        Assert.True(byCulture.Length == 0, "Codes or figures depend on the culture:\n" + string.Join("\n", byCulture));

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var culture = Cultures[t % Cultures.Length];
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                for (var i = 0; i < calls.Length; i++)
                {
                    var result = LibrarySamples.Invoke(calls[i].Method, instance, calls[i].Arguments);
                    var seen = Observation.Of(result);
                    if (seen != expected[culture][i])
                    {
                        var what = Observation.Of(result, withText: false) == codesAndFigures[culture][i] ? $"the text is not the single-threaded {culture} text" : "other codes or figures";
                        mismatches.Add($"thread {t} ({culture}), {Names.Of(calls[i].Method)} #{i}: {what}: {Difference(expected[culture][i], seen)}");
                    }
                }
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches.Distinct().Order(StringComparer.Ordinal).Take(20)));
    }

    /// <summary>Where two observations part: a few characters of each around the first difference.</summary>
    private static string Difference(string expected, string actual)
    {
        var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        string Around(string text) => text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 160));
        return $"expected …{Around(expected)}… but saw …{Around(actual)}…";
    }

    [Fact]
    public void Every_public_interface_of_the_library_is_a_rule_service_or_named_as_none()
    {
        // Public interfaces that are not rule services, with the reason; every other one is called from eight threads above.
        Type[] notServices = [];
        var others = LibrarySamples.Library.GetExportedTypes()
            .Where(t => t.IsInterface && !LibrarySamples.RuleServices.Contains(t) && !notServices.Contains(t))
            .Select(Names.Of)
            .ToArray();

        Assert.Empty(others);
    }
}
