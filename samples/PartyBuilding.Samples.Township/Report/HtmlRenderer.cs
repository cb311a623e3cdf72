using System.Globalization;
using System.Text;
using NodaTime;
using PartyBuilding.Core;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>
/// Renders the report as one self-contained html page (<c>--format html</c>): the sections of the text report
/// with the same labels, and inline SVG charts where a reader would rather look than read. No script, no
/// external font, image or style sheet; printable on A4. The markup is also well-formed XML (void elements
/// closed), so a test can read it back with an XML parser.
/// </summary>
internal static partial class HtmlRenderer
{
    /// <summary>The ids of the sections, in page order (a section whose data is absent is left out).</summary>
    public static readonly IReadOnlyList<string> SectionIds =
        ["policies", "structure", "affiliation", "enterprises", "evaluation", "accountability", "outreach", "education", "petitions", "teams", "dues", "governance"];

    /// <summary>The whole page for <paramref name="report"/>, with the labels of the current UI culture (the report's).</summary>
    public static string Render(TownshipReport report)
    {
        var html = new StringBuilder();
        var sections = new List<(string Id, string Title, Action Render)>
        {
            ("policies", Labels.Get("Policies"), () => RenderPolicies(html, report.Policies)),
            ("structure", Labels.Get("Structure"), () => RenderStructure(html, report.Structure)),
            ("affiliation", Labels.Get("Affiliation"), () => RenderAffiliation(html, report.Affiliation)),
            ("enterprises", Labels.Get("Enterprises"), () => RenderEnterprises(html, report.Enterprises)),
        };
        if (report.Evaluation is { } evaluation)
        {
            sections.Add(("evaluation", Labels.Get("Evaluation"), () => RenderEvaluation(html, evaluation)));
        }

        sections.Add(("accountability", Labels.Get("Accountability"), () => RenderAccountability(html, report.Accountability)));
        sections.Add(("outreach", Labels.Get("Outreach"), () => RenderOutreach(html, report.Outreach)));
        if (report.Education is { } education)
        {
            sections.Add(("education", Labels.Get("Education"), () => RenderEducation(html, education)));
        }

        if (report.Petitions is { } petitions)
        {
            sections.Add(("petitions", $"{Labels.Get("Petitions")} ({Day(petitions.From)} – {Day(petitions.To)})", () => RenderPetitions(html, petitions)));
        }

        if (report.Teams is { } teams)
        {
            sections.Add(("teams", Labels.Get("Teams"), () => RenderTeams(html, teams)));
        }

        sections.Add(("dues", Labels.Get("Dues"), () => RenderDues(html, report.Dues)));
        sections.Add(("governance", Labels.Get("Governance"), () => RenderGovernance(html, report.Governance)));

        return Page(html, report.Culture, $"{Labels.Get("Title")} — {report.Township}", report.AsOf, sections);
    }

    /// <summary>The public posting of the evaluation as a page of its own (<c>--posting --format html</c>).</summary>
    public static string Render(EvaluationPosting posting)
    {
        var html = new StringBuilder();
        return Page(html, posting.Culture, $"{Labels.Get("PostingTitle")} — {posting.Township}", posting.AsOf, [("evaluation", Labels.Get("Evaluation"), () => RenderEvaluation(html, posting.Evaluation))]);
    }

    /// <summary>The page around <paramref name="sections"/>, rendered into <paramref name="body"/> in order.</summary>
    private static string Page(StringBuilder body, string culture, string title, LocalDate asOf, List<(string Id, string Title, Action Render)> sections)
    {
        var lang = culture.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en";
        var html = body;
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{Html.Escape(title)}</title>\n<style>{Css}</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Html.Escape(title)}</h1><p class=\"as-of\">{Html.Escape(Labels.Get("AsOf"))} {Day(asOf)}</p></header>\n");

        // A table of contents for the screen; print hides it (the headings carry the page).
        html.Append("<nav><ol>");
        foreach (var (id, heading, _) in sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">{Html.Escape(heading)}</a></li>");
        }

        html.Append("</ol></nav>\n<main>\n");
        foreach (var (id, heading, render) in sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\" data-section=\"{id}\">\n<h2>{Html.Escape(heading)}</h2>\n");
            render();
            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>
    /// The one place a rate becomes text: every rate of the page (coverage, turnout, shares, outreach, petitions)
    /// is written through it, so the display of rates changes here alone.
    /// </summary>
    private static string Rate(RateRow? rate) => TextRenderer.Rate(rate);

    private static void RenderPolicies(StringBuilder html, IReadOnlyList<PolicyRow> policies) =>
        Table(
            html,
            [Labels.Get("PolicyName"), Labels.Get("VersionInForce"), Labels.Get("EffectiveFrom"), Labels.Get("VersionsRegistered")],
            policies.Select(p => new[] { Labels.Get("Policy" + p.Policy), p.Label, p.EffectiveFrom, Number(p.Versions) }),
            id: "policies");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string YesOrEmpty(bool value) => value ? Labels.Get("Yes") : string.Empty;

    private static void Heading(StringBuilder html, string text) => html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Escape(text)}</h3>\n");

    private static void Paragraph(StringBuilder html, string text) => html.Append(CultureInfo.InvariantCulture, $"<p>{Html.Escape(text)}</p>\n");

    /// <summary>A table; cells that hold only a figure are right-aligned; <paramref name="totalRow"/> marks the last row as the total.</summary>
    private static void Table(StringBuilder html, string[] header, IEnumerable<string[]> rows, bool totalRow = false, string? id = null)
    {
        var all = rows.ToList();
        html.Append(id is null ? "<table>" : $"<table data-table=\"{Html.Escape(id)}\">");
        html.Append("<thead><tr>");
        foreach (var cell in header)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{Html.Escape(cell)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < all.Count; r++)
        {
            html.Append(totalRow && r == all.Count - 1 ? "<tr class=\"total\">" : "<tr>");
            foreach (var cell in all[r])
            {
                html.Append(IsFigure(cell) ? "<td class=\"n\">" : IsDate(cell) ? "<td class=\"d\">" : "<td>").Append(Html.Escape(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        if (all.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{header.Length}\">{Html.Escape(Labels.Get("None"))}</td></tr>");
        }

        html.Append("</tbody></table>\n");
    }

    private static bool IsDate(string cell) =>
        cell.Length == 10 && cell[4] == '-' && cell[7] == '-' && cell.Remove(7, 1).Remove(4, 1).All(char.IsAsciiDigit);

    private static bool IsFigure(string cell) =>
        cell.Length > 0 && cell.Any(char.IsAsciiDigit) && cell.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%' or ' ' or '/' or '¥' or '(' or ')');

    /// <summary>Counts per key with their total, as the text report's count tables; keys are labels.</summary>
    private static void Counts(StringBuilder html, string title, IReadOnlyDictionary<string, int> counts, string id) =>
        Table(
            html,
            [title, Labels.Get("Total")],
            counts.Select(p => new[] { Labels.Get(p.Key), Number(p.Value) }).Append([Labels.Get("Total"), Number(counts.Values.Sum())]),
            totalRow: true,
            id: id);

    private static void List(StringBuilder html, string title, IReadOnlyList<string> items)
    {
        Heading(html, title);
        Paragraph(html, items.Count == 0 ? Labels.Get("None") : string.Join(", ", items));
    }

    /// <summary>Items with their reason codes and text, as the text report's reason lists.</summary>
    private static void Reasoned(StringBuilder html, IEnumerable<(string Item, IReadOnlyList<Reason> Reasons)> rows)
    {
        var any = false;
        foreach (var (item, reasons) in rows)
        {
            if (!any)
            {
                html.Append("<dl class=\"reasons\">");
                any = true;
            }

            html.Append(CultureInfo.InvariantCulture, $"<div><dt>{Html.Escape(item)}</dt>");
            foreach (var reason in reasons)
            {
                html.Append(CultureInfo.InvariantCulture, $"<dd><code>[{Html.Escape(reason.Code)}]</code> {Html.Escape(reason.Message)}</dd>");
            }

            html.Append("</div>");
        }

        html.Append(any ? "</dl>\n" : $"<p>{Html.Escape(Labels.Get("None"))}</p>\n");
    }

    /// <summary>A chart in its figure, with a caption; <paramref name="chart"/> is its stable <c>data-chart</c> name.</summary>
    private static void Chart(StringBuilder html, string chart, string caption, string svg) =>
        html.Append(CultureInfo.InvariantCulture, $"<figure id=\"chart-{chart}\" data-chart=\"{chart}\"><figcaption>{Html.Escape(caption)}</figcaption>{svg}</figure>\n");

    /// <summary>Cases per state as bars, the overdue ones of each state hatched over its bar.</summary>
    private static string StateChart(string chart, string title, IEnumerable<(string Key, string Label, int Total, int Overdue)> states)
    {
        var rows = states.ToList();
        var bars = rows.Select(s => new SvgCharts.Bar(
            s.Key,
            s.Label,
            s.Total,
            s.Overdue > 0 ? $"{Number(s.Total)} ({Labels.Get("Overdue")} {Number(s.Overdue)})" : Number(s.Total),
            s.Overdue)).ToList();
        return SvgCharts.Bars(chart, title, bars, Math.Max(1, rows.Count == 0 ? 0 : rows.Max(s => s.Total)), Labels.Get("Total"), Labels.Get("Overdue"));
    }

    private const string Css = """

        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        html { font-family: "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; background: #fff; }
        body { margin: 0 auto; max-width: 190mm; padding: 8mm 10mm; line-height: 1.35; }
        h1 { font-size: 17pt; margin: 0 0 1mm; padding-bottom: 1mm; border-bottom: 2px solid #000; }
        .as-of { margin: 0 0 3mm; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 0.5mm; border-bottom: 1px solid #000; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
        p { margin: 0.5mm 0 2mm; }
        table { border-collapse: collapse; margin: 1mm 0 3mm; font-size: 8.5pt; }
        th, td { border: 0.5pt solid #888; padding: 0.4mm 1.5mm; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; font-weight: bold; }
        td:first-child, td.d { white-space: nowrap; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total td { font-weight: bold; border-top: 1.2pt solid #000; }
        thead { display: table-header-group; }
        tr, figure, svg, dl.reasons > div { break-inside: avoid; page-break-inside: avoid; }
        figure { margin: 2mm 0 4mm; }
        figcaption { font-weight: bold; font-size: 9.5pt; margin-bottom: 1mm; }
        svg.chart { display: block; max-width: 170mm; }
        svg text { fill: #000; }
        svg text.halo { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; font-size: 11px; font-weight: bold; }
        dl.reasons { margin: 1mm 0 3mm; font-size: 8.5pt; }
        dl.reasons dt { font-weight: bold; margin-top: 1mm; }
        dl.reasons dd { margin: 0 0 0 5mm; }
        code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 8pt; }
        .tables { display: flex; flex-wrap: wrap; gap: 0 8mm; align-items: flex-start; }
        nav ol { columns: 2; font-size: 9pt; margin: 0 0 3mm; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        @media print { body { max-width: none; padding: 0; } nav { display: none; } section { break-before: auto; } }

        """;
}
