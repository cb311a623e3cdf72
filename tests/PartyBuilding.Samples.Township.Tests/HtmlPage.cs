using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace PartyBuilding.Samples.Township.Tests;

/// <summary>The html report of one run, read back as XML (the page is well-formed XML), with the JSON report of the same run.</summary>
internal sealed class HtmlPage
{
    private HtmlPage(string markup, XDocument document, JsonElement model)
    {
        Markup = markup;
        Document = document;
        Model = model;
    }

    public string Markup { get; }

    public XDocument Document { get; }

    /// <summary>The JSON report of the same arguments: the report model the page was rendered from.</summary>
    public JsonElement Model { get; }

    public static readonly string[] ChartIds =
        ["contact-standing", "coverage-rates", "grade-distribution", "evaluation-outcomes", "accountability-cases", "outreach-villages", "petition-cases", "rectification-cases"];

    public static HtmlPage Of(params string[] args)
    {
        var run = HostRun.Of([.. args, "--format", "html"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var json = HostRun.Of([.. args, "--format", "json"]);
        Assert.Equal(0, json.ExitCode);
        return new HtmlPage(run.Output, XDocument.Parse(run.Output), json.Json());
    }

    public IEnumerable<XElement> All(string name) => Document.Descendants().Where(e => e.Name.LocalName == name);

    public XElement Section(string id) => Assert.Single(All("section"), e => (string?)e.Attribute("id") == id);

    public XElement Chart(string name) => Assert.Single(All("figure"), e => (string?)e.Attribute("data-chart") == name);

    /// <summary>The figures a chart draws: each bar's or segment's <c>data-value</c> by its <c>data-key</c> (and <c>data-row</c> for stacked bars).</summary>
    public Dictionary<string, decimal> Values(string chart, string kind = "bar") =>
        Chart(chart).Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == kind)
            .ToDictionary(
                e => e.Attribute("data-row") is { } row ? $"{row.Value}/{e.Attribute("data-key")!.Value}" : e.Attribute("data-key")!.Value,
                e => decimal.Parse(e.Attribute("data-value")!.Value, CultureInfo.InvariantCulture));
}
