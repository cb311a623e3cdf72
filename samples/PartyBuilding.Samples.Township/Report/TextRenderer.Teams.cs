using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The teams section in text.</summary>
internal static partial class TextRenderer
{
    private static void RenderTeams(StringBuilder text, TeamsSection section)
    {
        static string Date(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Heading(text, Labels.Get("Teams"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{Labels.Get("PlainFields")}: {List([.. section.PlainFields.Select(f => Labels.Get("PlainField." + f))])}");
        text.AppendLine();
        Table(
            text,
            [Labels.Get("Id"), Labels.Get("Name"), Labels.Get("Score"), Labels.Get("Rank"), Labels.Get("WeakAndLax"), Labels.Get("Proposed"), Labels.Get("MidTermDue"), Labels.Get("MidTerm")],
            section.Villages.Select(v => new[]
            {
                v.Id, v.Name, Number(v.Score), Number(v.Rank), v.WeakAndLax ? Labels.Get("Yes") : string.Empty, v.ProposedForReview ? Labels.Get("Yes") : string.Empty,
                Date(v.MidTermDueOn), Labels.Get(v.MidTerm),
            }));
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{Labels.Get("WeakAndLax")}: {section.WeakAndLax}");
        text.AppendLine().AppendLine(Labels.Get("ProposedForReview")).AppendLine("  " + List(section.ProposedForReview));
        foreach (var reason in section.ReviewReasons)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"      [{reason.Code}] {reason.Message}");
        }

        text.AppendLine().AppendLine(Labels.Get("AwaitingRectification")).AppendLine("  " + List(section.AwaitingRectification));
        text.AppendLine().AppendLine(Labels.Get("MidTermDueList")).AppendLine("  " + List(section.MidTermDue));
        text.AppendLine();
        Table(
            text,
            [Labels.Get("Rectification"), Labels.Get("Organization"), Labels.Get("State"), Labels.Get("ProgressCheckDue"), Labels.Get("Deadline"), Labels.Get("Overdue")],
            section.Rectifications.Select(r => new[] { r.Id, r.Organization, Labels.Get("Rectification." + r.State), Date(r.ProgressCheckDue), Date(r.Deadline), r.Overdue ? Labels.Get("Yes") : string.Empty }));
        text.AppendLine().AppendLine(Labels.Get("ProgressChecksDue")).AppendLine("  " + List(section.ProgressChecksDue));
        text.AppendLine().AppendLine(Labels.Get("RectificationsOverdue")).AppendLine("  " + List(section.RectificationsOverdue));
        text.AppendLine();
        Table(
            text,
            [Labels.Get("Cadre"), Labels.Get("Induction"), Labels.Get("Rotation"), Labels.Get("Overdue")],
            section.Cadres.Select(c => new[] { c.Cadre, Labels.Get("Training" + c.Induction), Labels.Get("Training" + c.Rotation), c.Overdue ? Labels.Get("Yes") : string.Empty }));
        text.AppendLine().AppendLine(Labels.Get("TrainingOverdueList")).AppendLine("  " + List(section.TrainingOverdue));
        text.AppendLine().AppendLine(Labels.Get("Reasons"));
        Reasoned(text, section.Villages.Where(v => v.WeakAndLax).Select(v => ($"{v.Id} {v.Name}", v.Reasons)));
        Reasoned(text, section.Cadres.Select(c => (c.Cadre, c.Reasons)));
    }
}
