using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartyBuilding.Core;
using PartyBuilding.Samples.Township.Data;
using PartyBuilding.Samples.Township.Report;

namespace PartyBuilding.Samples.Township.Tests;

/// <summary>Issue 21: names in the reader's language, rates as counts and percentage, the committee's report and the public posting.</summary>
public sealed class ReportViewsTests
{
    /// <summary>
    /// A Latin "word" is a maximal run of letters and digits, joined by <c>- _ . : /</c> (so <c>cadre:cadre-03</c> and
    /// <c>FH.HAVE_NOT_MET</c> are one word each), that holds at least one Latin letter. The Chinese report may hold only:
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>a code: upper-case segments joined by dots, e.g. <c>FH.HAVE_NOT_MET</c>, <c>ACTION.KEY_POSTS</c>;</item>
    /// <item>an id: letter-or-digit segments joined by hyphens with at least one digit, e.g. <c>V01</c>, <c>ENT001</c>,
    /// <c>cadre-01</c>, <c>HH-V03-05</c>, <c>XF-0701</c>, <c>RC-2025-01</c>, <c>vcl-2026</c>, <c>2026-annual</c>, <c>V06-Finance</c>;</item>
    /// <item>an organization id of the data (the township committee is <c>T</c>);</item>
    /// <item>the label of a policy set's default version (<see cref="PolicySet.DefaultLabel"/>), which reasons cite as an id.</item>
    /// </list>
    /// Dates (<c>2026-11-27</c>), numbers, <c>%</c> and <c>¥</c> hold no Latin letter and are not words.
    /// </remarks>
    private static readonly Regex Word = new(@"[A-Za-z0-9]+(?:[-_.:/][A-Za-z0-9]+)*", RegexOptions.CultureInvariant);
    private static readonly Regex Code = new(@"^[A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)+$", RegexOptions.CultureInvariant);
    private static readonly Regex Id = new(@"^(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static IEnumerable<string> ForeignWords(string text)
    {
        var organizationIds = MazhuTown.Create().Organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return Word.Matches(text).Select(m => m.Value)
            .Where(w => w.Any(char.IsAsciiLetter))
            .Where(w => !Code.IsMatch(w) && !Id.IsMatch(w) && !organizationIds.Contains(w) && w != PolicySet.DefaultLabel)
            .Distinct(StringComparer.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_chinese_text_report_holds_no_latin_word_but_ids_and_codes(bool posting)
    {
        var run = posting ? HostRun.Of("--culture", "zh-CN", "--posting") : HostRun.Of("--culture", "zh-CN");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(ForeignWords(run.Output));
    }

    [Fact]
    public void The_latin_word_scan_catches_english_names_and_prefixes()
    {
        // The scan itself: what the report printed before the names were localized must fail it.
        Assert.Equal(["Dongshan", "Village", "Branch", "cadre:cadre-03", "Inaction"], ForeignWords("V01 Dongshan Village Branch; cadre:cadre-03 Inaction / 小事"));
        Assert.Empty(ForeignWords("[FH.HAVE_NOT_MET] 指标 ACTION.KEY_POSTS HH-V03-05 T 2026-11-27 政策default vcl-2026 35 个中 14 个，40.0%"));
    }

    [Fact]
    public void The_chinese_report_names_the_township_organizations_groups_and_areas_in_chinese()
    {
        var zh = HostRun.Of("--format", "json", "--culture", "zh-CN").Json();
        var en = HostRun.Of("--format", "json").Json();

        Assert.Equal("马珠镇", zh.GetProperty("township").GetString());
        Assert.Equal("Mazhu Town", en.GetProperty("township").GetString());
        var names = zh.GetProperty("structure").GetProperty("organizations").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("name").GetString()!);
        Assert.Equal("东山村党支部", names["V01"]);
        Assert.Equal("西山村党总支", names["V02"]);
        Assert.Equal("马珠镇党委", names["T"]);
        Assert.All(names.Values, n => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", n));
        Assert.Equal(["党员", "村民代表", "乡镇干部"], zh.GetProperty("evaluation").GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()!));
        // The group's data name stays its identity in both cultures.
        Assert.Equal(["Party members", "Villager representatives", "Township cadres"], zh.GetProperty("evaluation").GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()!));
        var wk2 = zh.GetProperty("affiliation").GetProperty("establishmentAdvice").EnumerateArray().Single(a => a.GetProperty("areaCode").GetString() == "WK2");
        Assert.Equal("新口安置点", wk2.GetProperty("areaName").GetString());
    }

    [Fact]
    public void A_data_file_with_english_names_only_reads_and_the_chinese_report_shows_the_english_names()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mazhu-en-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, HostRun.Of("--write-data", file).ExitCode);
            var data = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            Strip(data);
            File.WriteAllText(file, data.ToJsonString());
            Assert.DoesNotContain("nameZh", File.ReadAllText(file), StringComparison.Ordinal);

            var run = HostRun.Of("--data", file, "--culture", "zh-CN");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("基层党建工作报告 — Mazhu Town", run.Output, StringComparison.Ordinal);
            Assert.Contains("V01   Dongshan Village Branch", run.Output, StringComparison.Ordinal);
            Assert.Contains("区域 WK2 Xinkou settlement", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    o.Remove("nameZh");
                    foreach (var (_, value) in o.ToList())
                    {
                        Strip(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Strip(item);
                    }

                    break;
            }
        }
    }

    [Fact]
    public void One_function_writes_every_rate_as_counts_and_percentage()
    {
        var rate = RateRow.Of(14, 35);
        Assert.Equal(("2/5", 40.0m, 14L, 35L, false), (rate.Exact, rate.Percent, rate.Part!.Value, rate.Whole!.Value, rate.Weighted));

        Assert.Equal("14 of 35, 40.0 %", InCulture("en", () => TextRenderer.Rate(rate)));
        Assert.Equal("35 个中 14 个，40.0%", InCulture("zh-CN", () => TextRenderer.Rate(rate)));
        Assert.Equal("1 of 3, 33.3 %", InCulture("en", () => TextRenderer.Rate(RateRow.Of(1, 3))));
        Assert.Equal("84.3 % (weighted)", InCulture("en", () => TextRenderer.Rate(RateRow.Composite(Ratio.Of(843, 1000)))));
        Assert.Equal("84.3%（加权）", InCulture("zh-CN", () => TextRenderer.Rate(RateRow.Composite(Ratio.Of(843, 1000)))));
        Assert.Equal("—", TextRenderer.Rate(null));
        Assert.Equal(("0/1", 0m), (RateRow.Of(0, 0).Exact, RateRow.Of(0, 0).Percent));
    }

    [Fact]
    public void The_enterprise_rates_carry_their_counts_in_json_and_text_in_both_cultures()
    {
        var enterprises = HostRun.Of("--format", "json").Json().GetProperty("enterprises");
        var coverage = enterprises.GetProperty("byCoverage");
        var operating = enterprises.GetProperty("enterprises").GetInt32() - coverage.GetProperty("NotOperating").GetInt32();
        var own = enterprises.GetProperty("rates").GetProperty("OwnOrganizationRate");

        Assert.Equal(coverage.GetProperty("OwnOrganization").GetInt32(), own.GetProperty("part").GetInt64());
        Assert.Equal(operating, own.GetProperty("whole").GetInt64());
        Assert.Equal(14, own.GetProperty("part").GetInt64());
        Assert.Equal(35, own.GetProperty("whole").GetInt64());
        Assert.Equal("2/5", own.GetProperty("exact").GetString());
        Assert.Equal(40.0m, own.GetProperty("percent").GetDecimal());

        Assert.Matches(@"Own-organization rate\s+14 of 35, 40\.0 %", HostRun.Of().Output);
        Assert.Matches(@"单独建立率\s+35 个中 14 个，40\.0%", HostRun.Of("--culture", "zh-CN").Output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_rate_in_the_json_report_agrees_with_its_counts_and_the_text_shows_it(bool posting)
    {
        var run = posting ? HostRun.Of("--format", "json", "--posting") : HostRun.Of("--format", "json");
        var text = posting ? HostRun.Of("--posting").Output : HostRun.Of().Output;
        var rates = Rates(run.Json()).ToList();

        Assert.True(rates.Count > (posting ? 20 : 100), $"only {rates.Count} rates found");
        foreach (var rate in rates)
        {
            var exact = rate.GetProperty("exact").GetString()!.Split('/').Select(long.Parse).ToArray();
            var percent = rate.GetProperty("percent").GetDecimal();
            if (rate.GetProperty("weighted").GetBoolean())
            {
                Assert.Equal(JsonValueKind.Null, rate.GetProperty("part").ValueKind);
                Assert.Equal(Math.Round(exact[0] * 100m / exact[1], 1, MidpointRounding.AwayFromZero), percent);
                continue;
            }

            var part = rate.GetProperty("part").GetInt64();
            var whole = rate.GetProperty("whole").GetInt64();
            Assert.Equal(whole == 0 ? Ratio.Zero : Ratio.Of(part, whole), new Ratio(exact[0], exact[1]));
            Assert.Equal(whole == 0 ? 0m : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero), percent);
            Assert.Contains(FormattableString.Invariant($"{part} of {whole}, {percent:0.0} %"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_committee_report_shows_every_cadres_figures_per_group_and_all_reasons()
    {
        var evaluation = HostRun.Of("--format", "json").Json().GetProperty("evaluation");

        Assert.Equal("Committee", evaluation.GetProperty("view").GetString());
        var groups = evaluation.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()!).ToList();
        // The committee sees which groups the posting withholds, and still their figures.
        Assert.Contains("Township cadres", evaluation.GetProperty("withheldGroups").EnumerateArray().Select(g => g.GetString()));
        foreach (var cadre in evaluation.GetProperty("cadres").EnumerateArray())
        {
            Assert.True(cadre.GetProperty("recognition").GetProperty("weighted").GetBoolean());
            Assert.True(cadre.GetProperty("incompetentShare").GetProperty("percent").GetDecimal() >= 0);
            var byGroup = cadre.GetProperty("byGroup").EnumerateArray().ToList();
            Assert.Equal(groups, byGroup.Select(g => g.GetProperty("group").GetString()!));
            Assert.Equal(cadre.GetProperty("incompetent").GetInt32(), byGroup.Sum(g => g.GetProperty("incompetent").GetInt32()));
            Assert.Equal(cadre.GetProperty("excellent").GetInt32(), byGroup.Sum(g => g.GetProperty("excellent").GetInt32()));
            Assert.NotEmpty(cadre.GetProperty("reasons").EnumerateArray());
            Assert.All(cadre.GetProperty("reasons").EnumerateArray(), r => Assert.Contains('%', r.GetProperty("message").GetString()!));
        }

        var cadre07 = evaluation.GetProperty("cadres").EnumerateArray().Single(c => c.GetProperty("cadre").GetString() == "cadre-07");
        Assert.Equal("Adjust", cadre07.GetProperty("outcome").GetString());
        Assert.Contains(PartyBuilding.Core.Evaluation.EvaluationReasonCodes.IncompetentShareAdjust, cadre07.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var townshipCadres = cadre07.GetProperty("byGroup").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "Township cadres");
        Assert.Equal((4L, 4L), (townshipCadres.GetProperty("incompetentShare").GetProperty("part").GetInt64(), townshipCadres.GetProperty("incompetentShare").GetProperty("whole").GetInt64()));

        var text = HostRun.Of().Output;
        Assert.DoesNotContain("figures withheld", text, StringComparison.Ordinal);
        Assert.Matches(@"cadre-07  Township cadres\s+0\s+0\s+0\s+4\s+0 of 4, 0\.0 %\s+4 of 4, 100\.0 %", text);
        Assert.Matches(@"cadre-07\s+2\s+14\s+18\s+72\s+\d+\.\d % \(weighted\)\s+\d+\.\d % \(weighted\)\s+Adjust", text);
    }

    [Fact]
    public void The_posting_withholds_the_small_group_and_posts_only_reasons_whose_figures_are_posted()
    {
        var evaluation = HostRun.Of("--format", "json", "--posting").Json().GetProperty("evaluation");

        Assert.Equal("Posting", evaluation.GetProperty("view").GetString());
        var withheld = evaluation.GetProperty("withheldGroups").EnumerateArray().Select(g => g.GetString()!).ToList();
        Assert.Contains("Township cadres", withheld);
        Assert.All(evaluation.GetProperty("groups").EnumerateArray(), g => Assert.Equal(withheld.Contains(g.GetProperty("group").GetString()!), g.GetProperty("withheld").GetBoolean()));
        foreach (var cadre in evaluation.GetProperty("cadres").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, cadre.GetProperty("recognition").ValueKind);
            Assert.Equal(JsonValueKind.Null, cadre.GetProperty("incompetentShare").ValueKind);
            Assert.DoesNotContain(cadre.GetProperty("byGroup").EnumerateArray(), g => withheld.Contains(g.GetProperty("group").GetString()!));
            Assert.NotEmpty(cadre.GetProperty("byGroup").EnumerateArray());
            Assert.All(cadre.GetProperty("reasons").EnumerateArray(), r => Assert.DoesNotContain('%', r.GetProperty("message").GetString()!));
        }

        var text = HostRun.Of("--posting").Output;
        Assert.Contains("(figures withheld: a rater group is too small to publish)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cadre-07  Township cadres", text, StringComparison.Ordinal);
        Assert.Matches(@"cadre-07\s+2\s+14\s+18\s+72\s+—\s+—\s+Adjust", text);
    }

    [Fact]
    public void The_posting_is_a_document_of_its_own_with_the_evaluation_alone()
    {
        var committee = JsonNode.Parse(HostRun.Of("--format", "json").Output)!.AsObject();
        var posting = JsonNode.Parse(HostRun.Of("--format", "json", "--posting").Output)!.AsObject();

        Assert.Equal("Committee", (string?)committee["view"]);
        Assert.Equal(["township", "asOf", "culture", "view", "evaluation"], posting.Select(p => p.Key));
        Assert.Equal("Posting", (string?)posting["view"]);
        // The same round, the same advice: only the figures posted differ.
        Assert.True(JsonNode.DeepEquals(committee["evaluation"]!["byOutcome"], posting["evaluation"]!["byOutcome"]));
        Assert.True(JsonNode.DeepEquals(committee["evaluation"]!["groups"], posting["evaluation"]!["groups"]));

        var text = HostRun.Of("--posting").Output;
        Assert.StartsWith("Public posting of the democratic evaluation of village cadres — Mazhu Town (as of 2026-11-27)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Party dues", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Accountability cases", text, StringComparison.Ordinal);
        Assert.StartsWith("村干部民主评议结果公示 — 马珠镇", HostRun.Of("--posting", "--culture", "zh-CN").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_names_the_posting_option()
    {
        Assert.Contains("--posting", HostRun.Of("--help").Output, StringComparison.Ordinal);
        Assert.True(HostOptions.Parse(["--posting"]).Posting);
        Assert.False(HostOptions.Parse([]).Posting);
    }

    [Fact]
    public void The_posting_of_a_township_without_an_evaluation_is_refused_with_one_message()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mazhu-noeval-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, HostRun.Of("--write-data", file).ExitCode);
            var data = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            data.Remove("evaluation");
            data.Remove("teams");
            File.WriteAllText(file, data.ToJsonString());

            var run = HostRun.Of("--data", file, "--posting");

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Output);
            Assert.Contains("no democratic evaluation to post", run.Error, StringComparison.Ordinal);
            Assert.Equal(0, HostRun.Of("--data", file).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Every capability's section: its JSON property and its heading's label key.</summary>
    public static TheoryData<string, string, string> Sections()
    {
        (string Json, string Label)[] sections =
        [
            ("structure", "Structure"), ("affiliation", "Affiliation"), ("enterprises", "Enterprises"), ("evaluation", "Evaluation"),
            ("accountability", "Accountability"), ("petitions", "Petitions"), ("outreach", "Outreach"), ("governance", "Governance"),
            ("education", "Education"), ("dues", "Dues"), ("teams", "Teams"),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var culture in (string[])["en", "zh-CN"])
        {
            foreach (var (json, label) in sections)
            {
                data.Add(culture, json, label);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_capability_has_its_section_in_text_and_json(string culture, string json, string label)
    {
        var text = HostRun.Of("--culture", culture).Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var report = HostRun.Of("--culture", culture, "--format", "json").Json();

        var section = report.GetProperty(json);
        Assert.Equal(JsonValueKind.Object, section.ValueKind);
        Assert.NotEmpty(section.EnumerateObject());
        var heading = InCulture(culture, () => Labels.Get(label));
        Assert.NotEqual(label, heading);
        var at = text.FindIndex(l => l == heading || l.StartsWith(heading + " (", StringComparison.Ordinal));
        Assert.True(at >= 0, $"no heading '{heading}'");
        Assert.StartsWith("========", text[at + 1], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(text[at + 2]) && string.IsNullOrWhiteSpace(text[at + 3]), $"section '{heading}' is empty");
    }

    private static IEnumerable<JsonElement> Rates(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("exact", out _) && element.TryGetProperty("weighted", out _))
            {
                yield return element;
                yield break;
            }

            foreach (var nested in element.EnumerateObject().SelectMany(p => Rates(p.Value)))
            {
                yield return nested;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in element.EnumerateArray().SelectMany(Rates))
            {
                yield return nested;
            }
        }
    }

    private static T InCulture<T>(string name, Func<T> make)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
