using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The enterprise section of the html report: coverage rates and the four-haves grades as charts.</summary>
internal static partial class HtmlRenderer
{
    private static void RenderEnterprises(StringBuilder html, EnterpriseSection section)
    {
        html.Append("<div class=\"tables\">");
        Counts(html, Labels.Get("Coverage"), section.ByCoverage.ToDictionary(p => p.Key == "None" ? "NoCoverage" : p.Key, p => p.Value), "by-coverage");
        Table(html, [Labels.Get("Rates"), string.Empty], section.Rates.Select(p => new[] { Labels.Get(p.Key), Rate(p.Value) }), id: "rates");
        html.Append("</div>\n");
        Chart(
            html,
            "coverage-rates",
            Labels.Get("Rates"),
            SvgCharts.Bars("coverage-rates", Labels.Get("Rates"), [.. section.Rates.Select(p => new SvgCharts.Bar(p.Key, Labels.Get(p.Key), p.Value.Percent, Rate(p.Value)))], 100m));
        Heading(html, Labels.Get("JointAdvice"));
        Reasoned(html, section.JointBranchAdvice.Select(g => ($"{Labels.Get("Area")} {g.AreaCode}: {string.Join(", ", g.Enterprises)} ({Labels.Get("Full")} {g.FullMembers})", g.Reasons)));
        Counts(html, Labels.Get("Grade"), section.ByGrade, "by-grade");
        Chart(
            html,
            "grade-distribution",
            Labels.Get("Grade"),
            SvgCharts.Bars(
                "grade-distribution",
                Labels.Get("Grade"),
                [.. section.ByGrade.Select(p => new SvgCharts.Bar(p.Key, Labels.Get(p.Key), p.Value, Number(p.Value)))],
                Math.Max(1, section.ByGrade.Values.DefaultIfEmpty(0).Max())));
        Table(
            html,
            [Labels.Get("Enterprise"), Labels.Get("Coverage"), Labels.Get("Seat"), Labels.Get("Action"), Labels.Get("Attraction"), Labels.Get("Supervision"), Labels.Get("Total"), Labels.Get("Grade"), Labels.Get("Vetoed")],
            section.Assessments.Select(a => new[]
            {
                a.Enterprise, Labels.Get(a.Coverage), Number(a.Seat), Number(a.Action), Number(a.Attraction), Number(a.Supervision), Number(a.Total), Labels.Get(a.Grade), YesOrEmpty(a.Vetoed),
            }),
            id: "assessments");
        List(html, Labels.Get("Models"), section.ModelEnterprises);
        Heading(html, Labels.Get("Reasons"));
        Reasoned(html, section.Assessments.Where(a => a.Unmet.Count > 0 || a.Vetoed).Select(a => (a.Enterprise, a.Reasons)));
    }
}
