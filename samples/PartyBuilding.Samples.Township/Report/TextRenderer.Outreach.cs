using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

internal static partial class TextRenderer
{
    private static void RenderOutreach(StringBuilder text, OutreachSection section)
    {
        Heading(text, Labels.Get("Outreach"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{section.Households} {Labels.Get("OutreachHouseholds")}; {Labels.Get("OutreachTownshipRate")} {Rate(section.Township)}");
        Counts(text, Labels.Get("OutreachStanding"), section.ByStanding);
        text.AppendLine();
        Table(text, [Labels.Get("OutreachVillage"), Labels.Get("OutreachCompleteOfHouseholds")], section.Villages.Select(Row));
        text.AppendLine();
        Table(text, [Labels.Get("Cadre"), Labels.Get("OutreachCompleteOfHouseholds"), Labels.Get("OutreachBelowMinimum")], section.Cadres.Select(r => (string[])[.. Row(r), r.BelowMinimum ? Labels.Get("Yes") : string.Empty]));
        Counts(text, Labels.Get("OutreachMissingItem"), section.MissingByItem);
        text.AppendLine().AppendLine(Labels.Get("OutreachWithoutCadre")).AppendLine("  " + List(section.WithoutResponsibleCadre));
        text.AppendLine().AppendLine(Labels.Get("OutreachCadresBelowMinimum")).AppendLine("  " + List(section.CadresBelowMinimum));
        text.AppendLine().AppendLine(Labels.Get("OutreachOverdue"));
        Reasoned(text, section.Overdue.Select(h => ($"{h.Household} ({h.Village}, {h.Cadre ?? Labels.Get("None")})", h.Reasons)));

        static string[] Row(OutreachRateRow r) => [r.Id, Rate(r.Rate)];
    }
}
