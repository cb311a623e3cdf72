using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyBuilding.Samples.Township.Report;

namespace PartyBuilding.Samples.Township.Tests;

public sealed class HtmlReportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("township-html-").FullName;

    [Theory]
    [InlineData("en", "en")]
    [InlineData("zh-CN", "zh-CN")]
    public void The_page_is_in_the_report_culture_with_every_section_and_chart(string culture, string lang)
    {
        var page = HtmlPage.Of("--culture", culture);

        Assert.Equal(lang, (string?)page.Document.Root!.Attribute("lang"));
        Assert.Equal(HtmlRenderer.SectionIds, page.All("section").Select(s => (string)s.Attribute("id")!));
        Assert.All(page.All("section"), s => Assert.Equal((string?)s.Attribute("id"), (string?)s.Attribute("data-section")));
        Assert.Equal(HtmlPage.ChartIds, page.All("figure").Select(f => (string)f.Attribute("data-chart")!));
        Assert.All(page.All("figure"), f =>
        {
            var svg = Assert.Single(f.Elements(), e => e.Name.LocalName == "svg");
            Assert.False(string.IsNullOrWhiteSpace(svg.Elements().First(e => e.Name.LocalName == "title").Value));
            Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Length > 0);
        });
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void The_headings_are_the_text_reports_labels(string culture)
    {
        var page = HtmlPage.Of("--culture", culture);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(Labels.Get("Structure"), page.Section("structure").Element("h2")!.Value);
            Assert.Equal(Labels.Get("Evaluation"), page.Section("evaluation").Element("h2")!.Value);
            Assert.StartsWith(Labels.Get("Title"), page.All("h1").Single().Value);
            Assert.Equal(Labels.Get("Rates"), page.Chart("coverage-rates").Element("figcaption")!.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_page_fetches_nothing_and_runs_no_script()
    {
        var page = HtmlPage.Of();

        Assert.Empty(page.All("script"));
        Assert.Empty(page.All("link"));
        Assert.Empty(page.All("img"));
        Assert.DoesNotContain(page.Document.Descendants(), e => e.Attribute("src") is not null || e.Attributes().Any(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(page.All("a"), a => Assert.StartsWith("#", (string)a.Attribute("href")!));
        var style = Assert.Single(page.All("style")).Value;
        Assert.DoesNotContain("@import", style);
        Assert.DoesNotContain("url(", style);
        Assert.DoesNotContain("@font-face", style);
        // The only url() references are the charts' own patterns.
        Assert.All(page.Document.Descendants().Select(e => e.Attribute("fill")).OfType<System.Xml.Linq.XAttribute>().Where(a => a.Value.StartsWith("url(", StringComparison.Ordinal)), a => Assert.StartsWith("url(#", a.Value));
    }

    [Fact]
    public void The_page_prints_on_A4_without_splitting_a_chart()
    {
        var style = HtmlPage.Of().All("style").Single().Value;

        Assert.Matches(@"@page\s*\{\s*size:\s*A4;", style);
        Assert.Matches(@"figure[^{]*\{[^}]*break-inside:\s*avoid", style);
        Assert.Matches(@"h2\s*\{[^}]*break-after:\s*avoid", style);
    }

    [Fact]
    public void The_coverage_bars_draw_the_models_rates()
    {
        var page = HtmlPage.Of();

        var rates = page.Model.GetProperty("enterprises").GetProperty("rates");
        var bars = page.Values("coverage-rates");
        Assert.Equal(rates.EnumerateObject().Select(p => p.Name), bars.Keys);
        Assert.All(rates.EnumerateObject(), r => Assert.Equal(r.Value.GetProperty("percent").GetDecimal(), bars[r.Name]));
        Assert.Equal(74.3m, bars["OrganizationCoverage"]);
    }

    [Fact]
    public void The_grade_and_standing_charts_draw_the_models_counts()
    {
        var page = HtmlPage.Of();

        Assert.Equal(Counts(page.Model.GetProperty("enterprises").GetProperty("byGrade")), page.Values("grade-distribution"));
        var standing = page.Values("contact-standing", "segment");
        Assert.Equal(Counts(page.Model.GetProperty("affiliation").GetProperty("byStanding")), standing.ToDictionary(p => p.Key["standing/".Length..], p => p.Value));
        Assert.Equal(page.Model.GetProperty("affiliation").GetProperty("mobileMembers").GetInt32(), standing.Values.Sum());
    }

    [Fact]
    public void The_evaluation_chart_draws_each_cadres_ratings()
    {
        var page = HtmlPage.Of();

        var segments = page.Values("evaluation-outcomes", "segment");
        var cadres = page.Model.GetProperty("evaluation").GetProperty("cadres").EnumerateArray().ToList();
        Assert.NotEmpty(cadres);
        foreach (var cadre in cadres)
        {
            var id = cadre.GetProperty("cadre").GetString();
            foreach (var (rating, property) in ((string, string)[])[("Excellent", "excellent"), ("Competent", "competent"), ("BasicallyCompetent", "basicallyCompetent"), ("Incompetent", "incompetent")])
            {
                if (cadre.GetProperty(property).ValueKind == JsonValueKind.Null)
                {
                    Assert.DoesNotContain($"{id}/{rating}", segments.Keys);
                }
                else
                {
                    Assert.Equal(cadre.GetProperty(property).GetDecimal(), segments[$"{id}/{rating}"]);
                }
            }
        }

        // The shares of one cadre's bar add up to the whole bar.
        var shares = page.Chart("evaluation-outcomes").Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("data-row") == "cadre-07")
            .Sum(e => decimal.Parse(e.Attribute("data-share")!.Value, CultureInfo.InvariantCulture));
        Assert.InRange(shares, 99.8m, 100.2m);
    }

    [Theory]
    [InlineData("accountability-cases", "accountability", "byState")]
    [InlineData("petition-cases", "petitions", "byState")]
    public void The_case_charts_draw_the_models_states_and_the_overdue_ones(string chart, string section, string byState)
    {
        var page = HtmlPage.Of();

        var model = page.Model.GetProperty(section);
        Assert.Equal(Counts(model.GetProperty(byState)), page.Values(chart));
        var overdue = model.GetProperty("all").EnumerateArray().Where(c => c.GetProperty("overdue").GetBoolean())
            .GroupBy(c => c.GetProperty("state").GetString()!).ToDictionary(g => g.Key, g => (decimal)g.Count());
        Assert.NotEmpty(overdue);
        Assert.Equal(overdue, page.Values(chart, "part").Where(p => p.Value > 0).ToDictionary());
    }

    [Fact]
    public void The_rectification_chart_draws_the_models_rectifications()
    {
        var page = HtmlPage.Of();

        var rectifications = page.Model.GetProperty("teams").GetProperty("rectifications").EnumerateArray().ToList();
        var bars = page.Values("rectification-cases");
        Assert.Equal(rectifications.Count, bars.Values.Sum());
        Assert.All(rectifications.GroupBy(r => r.GetProperty("state").GetString()!), g => Assert.Equal(g.Count(), bars[g.Key]));
        Assert.Equal(rectifications.Count(r => r.GetProperty("overdue").GetBoolean()), page.Values("rectification-cases", "part").Values.Sum());
    }

    [Fact]
    public void Every_string_is_escaped()
    {
        var data = Path.Combine(folder, "mazhu.json");
        Assert.Equal(0, HostRun.Of("--write-data", data).ExitCode);
        var township = JsonNode.Parse(File.ReadAllText(data))!;
        const string Name = "Dongshan <script>alert(\"x\")</script> & 'Sons'";
        const string Town = "Mazhu & <b>Co</b>";
        township["name"] = Town;
        var organization = township["organizations"]!.AsArray().First(o => (string?)o!["id"] == "V01")!;
        organization["name"] = Name;
        File.WriteAllText(data, township.ToJsonString());

        var page = HtmlPage.Of("--data", data);

        Assert.DoesNotContain("<script", page.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page.Markup);
        Assert.Contains("Dongshan &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Sons&#39;", page.Markup);
        Assert.Empty(page.All("script"));
        Assert.Empty(page.All("b"));
        Assert.Contains(page.Section("structure").Descendants().Where(e => e.Name.LocalName == "td"), td => td.Value == Name);
        Assert.EndsWith(Town, page.All("h1").Single().Value);
        Assert.EndsWith(Town, page.All("title").First().Value);
    }

    [Fact]
    public void The_usage_names_the_html_format()
    {
        Assert.Contains("html", HostRun.Of("--help").Output.Split('\n').Single(l => l.Contains("--format", StringComparison.Ordinal)));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Dictionary<string, decimal> Counts(JsonElement counts) => counts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
}
