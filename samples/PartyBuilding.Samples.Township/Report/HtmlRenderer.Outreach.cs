using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The six ones in the html report: the township's standing and the rate per village as a chart.</summary>
internal static partial class HtmlRenderer
{
    private static void RenderOutreach(StringBuilder html, OutreachSection section)
    {
        Paragraph(html, $"{Number(section.Households)} {Labels.Get("OutreachHouseholds")}; {Labels.Get("OutreachTownshipRate")} {Rate(section.Township)}");
        html.Append("<div class=\"tables\">");
        Counts(html, Labels.Get("OutreachStanding"), section.ByStanding, "outreach-by-standing");
        Counts(html, Labels.Get("OutreachMissingItem"), section.MissingByItem, "outreach-missing");
        html.Append("</div>\n");
        Chart(
            html,
            "outreach-villages",
            $"{Labels.Get("OutreachVillage")}: {Labels.Get("Complete")}",
            SvgCharts.Bars(
                "outreach-villages",
                $"{Labels.Get("OutreachVillage")}: {Labels.Get("Complete")}",
                [.. section.Villages.Select(v => new SvgCharts.Bar(v.Id, v.Id, v.Rate.Percent, Rate(v.Rate)))],
                100m));
        Table(html, [Labels.Get("OutreachVillage"), Labels.Get("OutreachHouseholdsColumn"), Labels.Get("Complete"), "%"], section.Villages.Select(Row), id: "outreach-villages");
        Table(
            html,
            [Labels.Get("Cadre"), Labels.Get("OutreachHouseholdsColumn"), Labels.Get("Complete"), "%", Labels.Get("OutreachBelowMinimum")],
            section.Cadres.Select(r => (string[])[.. Row(r), YesOrEmpty(r.BelowMinimum)]),
            id: "outreach-cadres");
        List(html, Labels.Get("OutreachWithoutCadre"), section.WithoutResponsibleCadre);
        List(html, Labels.Get("OutreachCadresBelowMinimum"), section.CadresBelowMinimum);
        Heading(html, Labels.Get("OutreachOverdue"));
        Reasoned(html, section.Overdue.Select(h => ($"{h.Household} ({h.Village}, {h.Cadre ?? Labels.Get("None")})", h.Reasons)));

        static string[] Row(OutreachRateRow r) => [r.Id, Number(r.Households), Number(r.Complete), Rate(r.Rate)];
    }
}
