using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Village teams in the html report, with the rectifications by state and deadline as a chart.</summary>
internal static partial class HtmlRenderer
{
    // The rectification states in the order a case moves through them.
    private static readonly string[] RectificationStates = ["Identified", "PlanApproved", "ProgressChecked", "Accepted"];

    private static void RenderTeams(StringBuilder html, TeamsSection section)
    {
        Paragraph(html, $"{Labels.Get("PlainFields")}: {(section.PlainFields.Count == 0 ? Labels.Get("None") : string.Join(", ", section.PlainFields))}");
        Table(
            html,
            [Labels.Get("Id"), Labels.Get("Name"), Labels.Get("Score"), Labels.Get("Rank"), Labels.Get("WeakAndLax"), Labels.Get("Proposed"), Labels.Get("MidTermDue"), Labels.Get("MidTerm")],
            section.Villages.Select(v => new[]
            {
                v.Id, v.Name, Number(v.Score), Number(v.Rank), YesOrEmpty(v.WeakAndLax), YesOrEmpty(v.ProposedForReview), Day(v.MidTermDueOn), Labels.Get(v.MidTerm),
            }),
            id: "teams");
        Paragraph(html, $"{Labels.Get("WeakAndLax")}: {Number(section.WeakAndLax)}");
        List(html, Labels.Get("ProposedForReview"), section.ProposedForReview);
        if (section.ReviewReasons.Count > 0)
        {
            Reasoned(html, [(string.Join(", ", section.ProposedForReview), section.ReviewReasons)]);
        }

        List(html, Labels.Get("AwaitingRectification"), section.AwaitingRectification);
        List(html, Labels.Get("MidTermDueList"), section.MidTermDue);
        var states = RectificationStates.Concat(section.Rectifications.Select(r => r.State).Where(s => !RectificationStates.Contains(s)).Distinct());
        Chart(
            html,
            "rectification-cases",
            $"{Labels.Get("Rectification")}: {Labels.Get("State")}, {Labels.Get("Deadline")}",
            StateChart(
                "rectification-cases",
                $"{Labels.Get("Rectification")}: {Labels.Get("State")}, {Labels.Get("Deadline")}",
                states.Select(s => (s, Labels.Get("Rectification." + s), section.Rectifications.Count(r => r.State == s), section.Rectifications.Count(r => r.State == s && r.Overdue)))));
        Table(
            html,
            [Labels.Get("Rectification"), Labels.Get("Organization"), Labels.Get("State"), Labels.Get("ProgressCheckDue"), Labels.Get("Deadline"), Labels.Get("Overdue")],
            section.Rectifications.Select(r => new[] { r.Id, r.Organization, Labels.Get("Rectification." + r.State), Day(r.ProgressCheckDue), Day(r.Deadline), YesOrEmpty(r.Overdue) }),
            id: "rectifications");
        List(html, Labels.Get("ProgressChecksDue"), section.ProgressChecksDue);
        List(html, Labels.Get("RectificationsOverdue"), section.RectificationsOverdue);
        Table(
            html,
            [Labels.Get("Cadre"), Labels.Get("Induction"), Labels.Get("Rotation"), Labels.Get("Overdue")],
            section.Cadres.Select(c => new[] { c.Cadre, Labels.Get("Training" + c.Induction), Labels.Get("Training" + c.Rotation), YesOrEmpty(c.Overdue) }),
            id: "cadre-training");
        List(html, Labels.Get("TrainingOverdueList"), section.TrainingOverdue);
        Heading(html, Labels.Get("Reasons"));
        Reasoned(html, section.Villages.Where(v => v.WeakAndLax).Select(v => ($"{v.Id} {v.Name}", v.Reasons)).Concat(section.Cadres.Select(c => (c.Cadre, c.Reasons))));
    }
}
