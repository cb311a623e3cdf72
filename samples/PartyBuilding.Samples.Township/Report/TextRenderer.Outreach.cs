using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

internal static partial class TextRenderer
{
    private static void RenderOutreach(StringBuilder text, OutreachSection section)
    {
        Heading(text, Labels.Get("Outreach"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{section.Households} {Labels.Get("OutreachHouseholds")}; {Labels.Get("OutreachTownshipRate")} {section.Township.Exact} ({section.Township.Percent.ToString(CultureInfo.InvariantCulture)} %)");
        Counts(text, Labels.Get("OutreachStanding"), section.ByStanding);
        text.AppendLine();
        Table(text, [Labels.Get("OutreachVillage"), Labels.Get("OutreachHouseholdsColumn"), Labels.Get("Complete"), "", "%"], section.Villages.Select(Row));
        text.AppendLine();
        Table(text, [Labels.Get("Cadre"), Labels.Get("OutreachHouseholdsColumn"), Labels.Get("Complete"), "", "%", Labels.Get("OutreachBelowMinimum")], section.Cadres.Select(r => (string[])[.. Row(r), r.BelowMinimum ? Labels.Get("Yes") : string.Empty]));
        Counts(text, Labels.Get("OutreachMissingItem"), section.MissingByItem);
        text.AppendLine().AppendLine(Labels.Get("OutreachWithoutCadre")).AppendLine("  " + List(section.WithoutResponsibleCadre));
        text.AppendLine().AppendLine(Labels.Get("OutreachCadresBelowMinimum")).AppendLine("  " + List(section.CadresBelowMinimum));
        text.AppendLine().AppendLine(Labels.Get("OutreachOverdue"));
        Reasoned(text, section.Overdue.Select(h => ($"{h.Household} ({h.Village}, {h.Cadre ?? Labels.Get("None")})", h.Reasons)));

        static string[] Row(OutreachRateRow r) => [r.Id, Number(r.Households), Number(r.Complete), r.Rate.Exact, r.Rate.Percent.ToString(CultureInfo.InvariantCulture)];
    }
}
