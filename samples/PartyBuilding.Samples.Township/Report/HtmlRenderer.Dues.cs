using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Party dues and governance in the html report.</summary>
internal static partial class HtmlRenderer
{
    private static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static void RenderDues(StringBuilder html, DuesSection section)
    {
        Paragraph(html, $"{Number(section.Members)} {Labels.Get("DuesMembers")}; {Labels.Get("MonthlyDues")} ¥{Money(section.MonthlyTotal)}");
        Table(
            html,
            [Labels.Get("Category"), Labels.Get("Bracket"), Labels.Get("Members"), Labels.Get("Monthly")],
            section.ByBracket.Select(r => new[] { Labels.Get(r.Category), r.Bracket, Number(r.Members), Money(r.Monthly) })
                .Append([Labels.Get("Total"), string.Empty, Number(section.Members), Money(section.MonthlyTotal)]),
            totalRow: true,
            id: "dues-by-bracket");
        Heading(html, Labels.Get("Edges"));
        Table(
            html,
            [Labels.Get("Id"), Labels.Get("Category"), Labels.Get("Income"), Labels.Get("Monthly")],
            section.AtEdges.Select(r => new[] { r.Member, Labels.Get(r.Category), Money(r.Income), Money(r.Amount) }),
            id: "dues-edges");
        Paragraph(html, $"{Labels.Get("InArrears")}: {Number(section.InArrears)}");
        Heading(html, Labels.Get("DuesFlagged"));
        Reasoned(html, section.FlaggedForReview.Select(r => ($"{r.Member} ({r.Organization})", r.Reasons)));
    }

    private static void RenderGovernance(StringBuilder html, GovernanceSection section)
    {
        Table(
            html,
            [Labels.Get("Matter"), Labels.Get("Organization"), Labels.Get("Level"), Labels.Get("Decided"), Labels.Get("Policy"), Labels.Get("Compliant"), Labels.Get("FirstFailing")],
            section.Matters.Select(m => new[]
            {
                m.Id, m.Organization, Labels.Get(m.Level), Day(m.DecidedOn), m.Policy, m.Compliant ? Labels.Get("Yes") : Labels.Get("No"),
                m.FirstFailingStep is null ? string.Empty : Labels.Get(m.FirstFailingStep),
            }),
            id: "matters");
        List(html, Labels.Get("ProceduresNotCompliant"), section.NotCompliant);
        Heading(html, Labels.Get("Reasons"));
        Reasoned(html, section.Matters.Select(m => (m.Id, m.Reasons)));
        Heading(html, $"{Labels.Get("OverdueDisclosures")} ({section.SchedulePolicy})");
        Reasoned(html, section.OverdueDisclosures.Select(f => (f.Item, (IReadOnlyList<PartyBuilding.Core.Reason>)[f.Reason])));
        Heading(html, Labels.Get("OverdueAudits"));
        Reasoned(html, section.OverdueAudits.Select(f => (f.Item, (IReadOnlyList<PartyBuilding.Core.Reason>)[f.Reason])));
    }
}
