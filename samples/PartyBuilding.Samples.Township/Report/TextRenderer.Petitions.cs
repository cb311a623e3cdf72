using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The petitions section as text.</summary>
internal static partial class TextRenderer
{
    private static void RenderPetitions(StringBuilder text, PetitionSection section)
    {
        static string Day(NodaTime.LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

        Heading(text, $"{Labels.Get("Petitions")} ({Day(section.From)} – {Day(section.To)})");
        Counts(text, Labels.Get("State"), section.ByState);
        text.AppendLine();
        Table(
            text,
            [Labels.Get("Petition"), Labels.Get("Village"), Labels.Get("Category"), Labels.Get("Gravity"), Labels.Get("ReceivedAt"), Labels.Get("Received"),
             Labels.Get("Routing"), Labels.Get("State"), Labels.Get("Deadline"), Labels.Get("Overdue")],
            section.All.Select(p => new[]
            {
                p.Id, p.Village, Labels.Get(p.Category), Labels.Get(p.Gravity), Labels.Get(p.ReceivedAt), Day(p.ReceivedOn),
                $"{Labels.Get(p.Routing)} {Labels.Get(p.RoutedTier)}" + (p.ReportTo is null ? string.Empty : $" (→ {Labels.Get(p.ReportTo)})"),
                Labels.Get(p.State), Day(p.DueOn), p.Overdue ? Labels.Get("Yes") : string.Empty,
            }));
        text.AppendLine().AppendLine(Labels.Get("PetitionFigures"));
        Table(
            text,
            [Labels.Get("Figure"), Labels.Get("Value")],
            [
                [Labels.Get("Received"), Number(section.Received)],
                [Labels.Get("VillageResolution"), Rate(section.VillageResolution)],
                [Labels.Get("AnsweredInTime"), Rate(section.AnsweredInTime)],
                [Labels.Get("ReviewsByTier"), string.Join(", ", section.ReviewsByTier.Where(p => p.Value > 0).Select(p => $"{Labels.Get(p.Key)} {p.Value}"))],
                [Labels.Get("ReReviewsByTier"), string.Join(", ", section.ReReviewsByTier.Where(p => p.Value > 0).Select(p => $"{Labels.Get(p.Key)} {p.Value}"))],
            ]);
        text.AppendLine().AppendLine(Labels.Get("PetitionsOverdue")).AppendLine("  " + List(section.Overdue));
        text.AppendLine().AppendLine(Labels.Get("BeyondVillage")).AppendLine("  " + List(section.EscalatedBeyondVillage));
        text.AppendLine().AppendLine(Labels.Get("BeyondTownship")).AppendLine("  " + List(section.EscalatedBeyondTownship));
        text.AppendLine().AppendLine(Labels.Get("ReviewsPending")).AppendLine("  " + List(section.ReviewsPending));
        text.AppendLine().AppendLine(Labels.Get("RepeatFilings")).AppendLine("  " + List(section.RepeatFilings));
        text.AppendLine().AppendLine(Labels.Get("Reasons"));
        Reasoned(text, section.All.Select(p => ($"{p.Id} {p.Village}", p.Reasons)));
    }
}
