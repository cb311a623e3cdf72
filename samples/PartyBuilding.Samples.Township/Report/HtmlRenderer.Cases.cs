using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Accountability cases and petitions in the html report, each with a chart of cases by state and deadline.</summary>
internal static partial class HtmlRenderer
{
    private static void RenderAccountability(StringBuilder html, AccountabilitySection section)
    {
        Counts(html, Labels.Get("State"), section.ByState, "accountability-by-state");
        Chart(
            html,
            "accountability-cases",
            $"{Labels.Get("Accountability")}: {Labels.Get("State")}, {Labels.Get("Deadline")}",
            StateChart(
                "accountability-cases",
                $"{Labels.Get("Accountability")}: {Labels.Get("State")}, {Labels.Get("Deadline")}",
                section.ByState.Select(p => (p.Key, Labels.Get(p.Key), p.Value, section.All.Count(c => c.State == p.Key && c.Overdue)))));
        Table(
            html,
            [Labels.Get("Case"), Labels.Get("Subject"), Labels.Get("State"), Labels.Get("Received"), Labels.Get("Deadline"), Labels.Get("Overdue"), Labels.Get("Finding"), Labels.Get("Sanction")],
            section.All.Select(c => new[]
            {
                c.Id, c.Subject, Labels.Get(c.State), Day(c.ReceivedOn), Day(c.Deadline), YesOrEmpty(c.Overdue),
                c.Finding is null ? string.Empty : string.Join(" / ", c.Finding.Split(" / ").Select(Labels.Get)),
                c.Sanction is null ? string.Empty : Labels.Get(c.Sanction),
            }),
            id: "cases");
        List(html, Labels.Get("OverdueCases"), section.Overdue);
        List(html, Labels.Get("AwaitingSanction"), section.AwaitingSanction);
        List(html, Labels.Get("AwaitingDisclosure"), section.AwaitingDisclosure);
        Heading(html, Labels.Get("Reasons"));
        Reasoned(html, section.All.Where(c => c.Reasons.Count > 0).Select(c => ($"{c.Id} {c.Subject}", c.Reasons)));
    }

    private static void RenderPetitions(StringBuilder html, PetitionSection section)
    {
        Counts(html, Labels.Get("State"), section.ByState, "petitions-by-state");
        Chart(
            html,
            "petition-cases",
            $"{Labels.Get("Petitions")}: {Labels.Get("State")}, {Labels.Get("Deadline")}",
            StateChart(
                "petition-cases",
                $"{Labels.Get("Petitions")}: {Labels.Get("State")}, {Labels.Get("Deadline")}",
                section.ByState.Select(p => (p.Key, Labels.Get(p.Key), p.Value, section.All.Count(c => c.State == p.Key && c.Overdue)))));
        Table(
            html,
            [Labels.Get("Petition"), Labels.Get("Village"), Labels.Get("Category"), Labels.Get("Gravity"), Labels.Get("ReceivedAt"), Labels.Get("Received"),
             Labels.Get("Routing"), Labels.Get("State"), Labels.Get("Deadline"), Labels.Get("Overdue")],
            section.All.Select(p => new[]
            {
                p.Id, p.Village, Labels.Get(p.Category), Labels.Get(p.Gravity), Labels.Get(p.ReceivedAt), Day(p.ReceivedOn),
                $"{Labels.Get(p.Routing)} {Labels.Get(p.RoutedTier)}" + (p.ReportTo is null ? string.Empty : $" (→ {Labels.Get(p.ReportTo)})"),
                Labels.Get(p.State), Day(p.DueOn), YesOrEmpty(p.Overdue),
            }),
            id: "petitions");
        Heading(html, Labels.Get("PetitionFigures"));
        Table(
            html,
            [Labels.Get("Figure"), Labels.Get("Value")],
            [
                [Labels.Get("Received"), Number(section.Received)],
                [Labels.Get("VillageResolution"), Rate(section.VillageResolution)],
                [Labels.Get("AnsweredInTime"), Rate(section.AnsweredInTime)],
                [Labels.Get("ReviewsByTier"), string.Join(", ", section.ReviewsByTier.Where(p => p.Value > 0).Select(p => $"{Labels.Get(p.Key)} {p.Value}"))],
                [Labels.Get("ReReviewsByTier"), string.Join(", ", section.ReReviewsByTier.Where(p => p.Value > 0).Select(p => $"{Labels.Get(p.Key)} {p.Value}"))],
            ],
            id: "petition-figures");
        List(html, Labels.Get("PetitionsOverdue"), section.Overdue);
        List(html, Labels.Get("BeyondVillage"), section.EscalatedBeyondVillage);
        List(html, Labels.Get("BeyondTownship"), section.EscalatedBeyondTownship);
        List(html, Labels.Get("ReviewsPending"), section.ReviewsPending);
        List(html, Labels.Get("RepeatFilings"), section.RepeatFilings);
        Heading(html, Labels.Get("Reasons"));
        Reasoned(html, section.All.Select(p => ($"{p.Id} {p.Village}", p.Reasons)));
    }
}
