using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The democratic evaluation in the html report: each cadre's rating shares as a stacked bar.</summary>
internal static partial class HtmlRenderer
{
    private static readonly string[] Ratings = ["Excellent", "Competent", "BasicallyCompetent", "Incompetent"];

    private static void RenderEvaluation(StringBuilder html, EvaluationSection section)
    {
        Paragraph(html, $"{section.Round}: {Labels.Get("Eligible")} {Number(section.Eligible)}, {Labels.Get("Cast")} {Number(section.BallotsCast)} ({Labels.Get("Valid")} {Number(section.ValidBallots)}, {Labels.Get("Invalid")} {Number(section.InvalidBallots)}), {Labels.Get("Turnout")} {Rate(section.Turnout)}");
        Paragraph(html, $"{Labels.Get("Withheld")}: {(section.WithheldGroups.Count == 0 ? Labels.Get("None") : string.Join(", ", section.WithheldGroups))}");
        html.Append("<div class=\"tables\">");
        Counts(html, Labels.Get("CastByBox"), section.CastByBox, "cast-by-box");
        Counts(html, Labels.Get("CastByCountSheet"), section.CastByCountSheet, "cast-by-count-sheet");
        Counts(html, Labels.Get("Outcome"), section.ByOutcome, "evaluation-by-outcome");
        html.Append("</div>\n");

        static string Cell(int? value) => value is { } v ? Number(v) : "—";
        Table(
            html,
            [Labels.Get("Cadre"), Labels.Get("Excellent"), Labels.Get("Competent"), Labels.Get("BasicallyCompetent"), Labels.Get("Incompetent"), Labels.Get("Recognition"), Labels.Get("IncompetentShare"), Labels.Get("Outcome")],
            section.Cadres.Select(c => new[] { c.Cadre, Cell(c.Excellent), Cell(c.Competent), Cell(c.BasicallyCompetent), Cell(c.Incompetent), Rate(c.Recognition), Rate(c.IncompetentShare), Labels.Get(c.Outcome) }),
            id: "cadres");

        var rows = section.Cadres.Select(c =>
        {
            int?[] counts = [c.Excellent, c.Competent, c.BasicallyCompetent, c.Incompetent];
            return counts.Any(n => n is null)
                ? new SvgCharts.StackedRow(c.Cadre, c.Cadre, [], Labels.Get("FiguresWithheld"))
                : new SvgCharts.StackedRow(c.Cadre, c.Cadre, [.. Ratings.Select((r, i) => new SvgCharts.Segment(r, counts[i]!.Value))], Labels.Get(c.Outcome));
        }).ToList();
        Chart(
            html,
            "evaluation-outcomes",
            $"{Labels.Get("Evaluation")}: {Labels.Get("Outcome")}",
            SvgCharts.Stacked("evaluation-outcomes", $"{Labels.Get("Evaluation")}: {Labels.Get("Outcome")}", rows, [.. Ratings.Select(r => (r, Labels.Get(r)))], shares: true));
        Heading(html, Labels.Get("Reasons"));
        Reasoned(html, section.Cadres.Where(c => c.Outcome != "Retain").Select(c => ($"{c.Cadre} → {Labels.Get(c.Outcome)}", c.Reasons)));
    }
}
