using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// Every code of every public static <c>…Codes</c> class in the library has its own English and zh-CN
/// text, is unique, and is listed in <c>docs/reasons.md</c>. Capabilities are covered as they merge.
/// </summary>
public sealed partial class CodeConventionsTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture; // the neutral resources are English
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static IReadOnlyList<(string Owner, string Field, string Code)> AllCodes { get; } =
        typeof(Reason).Assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Codes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true, IsInitOnly: false } && f.FieldType == typeof(string))
                .Select(f => (t.FullName!, f.Name, (string)f.GetRawConstantValue()!)))
            .ToArray();

    public static TheoryData<string> Codes => [.. AllCodes.Select(c => c.Code).Distinct()];

    [Fact]
    public void The_library_has_code_classes_with_codes()
    {
        Assert.Contains(AllCodes, c => c.Owner == typeof(CommonErrorCodes).FullName);
        Assert.Contains(AllCodes, c => c.Owner == typeof(PartyBuilding.Core.Organizations.OrganizationReasonCodes).FullName);
        Assert.Contains(AllCodes, c => c.Owner == typeof(PartyBuilding.Core.Organizations.OrganizationErrorCodes).FullName);
    }

    [Fact]
    public void Code_classes_hold_only_constant_strings()
    {
        var other = typeof(Reason).Assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Codes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => !(f.IsLiteral && f.FieldType == typeof(string)))
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToArray();

        Assert.Empty(other);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_its_own_English_and_Chinese_text_and_they_differ(string code)
    {
        Assert.True(MessageCatalog.HasOwnText(code, English), $"{code} has no English text");
        Assert.True(MessageCatalog.HasOwnText(code, Chinese), $"{code} has no zh-CN text");
        var english = MessageCatalog.Get(code, English);
        var chinese = MessageCatalog.Get(code, Chinese);
        Assert.False(string.IsNullOrWhiteSpace(english), $"{code} has empty English text");
        Assert.False(string.IsNullOrWhiteSpace(chinese), $"{code} has empty zh-CN text");
        Assert.NotEqual(english, chinese);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_the_same_placeholders_in_both_languages(string code)
    {
        static string[] Placeholders(string text) =>
            [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(Placeholders(MessageCatalog.Get(code, English)), Placeholders(MessageCatalog.Get(code, Chinese)));
    }

    [Fact]
    public void Codes_are_unique_across_the_library()
    {
        var duplicates = AllCodes.GroupBy(c => c.Code, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Owner + "." + c.Field))}")
            .ToArray();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Codes_are_upper_case_with_a_capability_prefix()
    {
        var malformed = AllCodes.Where(c => !CodeShape().IsMatch(c.Code)).Select(c => $"{c.Owner}.{c.Field} = {c.Code}").ToArray();

        Assert.Empty(malformed);
    }

    [Fact]
    public void The_reasons_page_lists_every_code()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "reasons.md"));

        var missing = AllCodes.Where(c => !page.Contains("`" + c.Code + "`", StringComparison.Ordinal)).Select(c => c.Code).ToArray();

        Assert.Empty(missing);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartyBuilding.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " holds PartyBuilding.Core.sln.");
    }

    [GeneratedRegex(@"^[A-Z]+\.[A-Z0-9_]+$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"\{([A-Za-z0-9]+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
