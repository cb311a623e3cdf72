using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Renders the report as plain-text tables, widths measured in display columns (CJK counts 2).</summary>
internal static class TextRenderer
{
    public static string Render(TownshipReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Labels.Get("Title")} — {report.Township} ({Labels.Get("AsOf")} {report.AsOf:yyyy-MM-dd})");
        RenderStructure(text, report.Structure);
        return text.ToString();
    }

    private static void RenderStructure(StringBuilder text, StructureSection section)
    {
        Heading(text, Labels.Get("Structure"));
        Table(
            text,
            [Labels.Get("Id"), Labels.Get("Name"), Labels.Get("Level"), Labels.Get("Full"), Labels.Get("Probationary"), Labels.Get("Advised")],
            section.Organizations.Select(r => new[] { r.Id, r.Name, Labels.Get(r.Level), Number(r.FullMembers), Number(r.ProbationaryMembers), Labels.Get(r.AdvisedForm) }));
        text.AppendLine().AppendLine(Labels.Get("ByForm"));
        Table(
            text,
            [Labels.Get("Advised"), Labels.Get("Total")],
            section.ByAdvisedForm.Select(p => new[] { Labels.Get(p.Key), Number(p.Value) })
                .Append([Labels.Get("Total"), Number(section.ByAdvisedForm.Values.Sum())]));

        text.AppendLine().AppendLine(Labels.Get("NeedingAnotherForm"));
        foreach (var id in section.NeedingAnotherForm)
        {
            var row = section.Organizations.First(r => r.Id == id);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Id} {row.Name} → {Labels.Get(row.AdvisedForm)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"      [{row.Reasons[0].Code}] {row.Reasons[0].Message}");
        }

        if (section.NeedingAnotherForm.Count == 0)
        {
            text.AppendLine("  " + Labels.Get("None"));
        }

        text.AppendLine().AppendLine(Labels.Get("TermEnded"));
        foreach (var row in section.TermEnded)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Id} {row.Name}: {row.TermEndsOn:yyyy-MM-dd}");
        }

        if (section.TermEnded.Count == 0)
        {
            text.AppendLine("  " + Labels.Get("None"));
        }
    }

    public static void Heading(StringBuilder text, string title) =>
        text.AppendLine().AppendLine(title).AppendLine(new string('=', Math.Max(8, Width(title))));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static void Table(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => Width(r[c]))).ToArray();
        for (var i = 0; i < all.Count; i++)
        {
            text.AppendLine(string.Join("  ", all[i].Select((cell, c) => Pad(cell, widths[c]))).TrimEnd());
            if (i == 0)
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }

    private static string Pad(string cell, int width) => cell + new string(' ', width - Width(cell));

    private static int Width(string text) => text.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1);
}
