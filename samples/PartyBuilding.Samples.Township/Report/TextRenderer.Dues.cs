using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The dues section of the text report.</summary>
internal static partial class TextRenderer
{
    private static void RenderDues(StringBuilder text, DuesSection section)
    {
        static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);
        Heading(text, Labels.Get("Dues"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{section.Members} {Labels.Get("DuesMembers")}; {Labels.Get("MonthlyDues")} ¥{Money(section.MonthlyTotal)}");
        text.AppendLine();
        Table(
            text,
            [Labels.Get("Category"), Labels.Get("Bracket"), Labels.Get("Members"), Labels.Get("Monthly")],
            section.ByBracket.Select(r => new[] { Labels.Get(r.Category), r.Bracket, Number(r.Members), Money(r.Monthly) })
                .Append([Labels.Get("Total"), string.Empty, Number(section.Members), Money(section.MonthlyTotal)]));
        text.AppendLine().AppendLine(Labels.Get("Edges"));
        Table(
            text,
            [Labels.Get("Id"), Labels.Get("Category"), Labels.Get("Income"), Labels.Get("Monthly")],
            section.AtEdges.Select(r => new[] { r.Member, Labels.Get(r.Category), Money(r.Income), Money(r.Amount) }));
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{Labels.Get("InArrears")}: {section.InArrears}");
        text.AppendLine().AppendLine(Labels.Get("DuesFlagged"));
        Reasoned(text, section.FlaggedForReview.Select(r => ($"{r.Member} ({r.Organization})", r.Reasons)));
    }
}
