using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The structure and mobile-member sections of the html report.</summary>
internal static partial class HtmlRenderer
{
    private static void RenderStructure(StringBuilder html, StructureSection section)
    {
        Table(
            html,
            [Labels.Get("Id"), Labels.Get("Name"), Labels.Get("Level"), Labels.Get("Full"), Labels.Get("Probationary"), Labels.Get("Advised")],
            section.Organizations.Select(r => new[] { r.Id, r.Name, Labels.Get(r.Level), Number(r.FullMembers), Number(r.ProbationaryMembers), Labels.Get(r.AdvisedForm) }),
            id: "organizations");
        Heading(html, Labels.Get("ByForm"));
        Table(
            html,
            [Labels.Get("Advised"), Labels.Get("Total")],
            section.ByAdvisedForm.Select(p => new[] { Labels.Get(p.Key), Number(p.Value) }).Append([Labels.Get("Total"), Number(section.ByAdvisedForm.Values.Sum())]),
            totalRow: true,
            id: "by-advised-form");
        Heading(html, Labels.Get("NeedingAnotherForm"));
        Reasoned(html, section.NeedingAnotherForm.Select(id => section.Organizations.First(r => r.Id == id))
            .Select(row => ($"{row.Id} {row.Name} → {Labels.Get(row.AdvisedForm)}", (IReadOnlyList<PartyBuilding.Core.Reason>)[row.Reasons[0]])));
        Heading(html, Labels.Get("TermEnded"));
        Table(html, [Labels.Get("Id"), Labels.Get("Name"), Labels.Get("Deadline")], section.TermEnded.Select(r => new[] { r.Id, r.Name, Day(r.TermEndsOn) }), id: "term-ended");
    }

    private static void RenderAffiliation(StringBuilder html, AffiliationSection section)
    {
        Paragraph(html, $"{Number(section.MobileMembers)} {Labels.Get("MobileMembers")}");
        html.Append("<div class=\"tables\">");
        Counts(html, Labels.Get("Outcome"), section.ByOutcome, "by-outcome");
        Counts(html, Labels.Get("Mode"), section.ByMode, "by-mode");
        Counts(html, Labels.Get("Standing"), section.ByStanding, "by-standing");
        html.Append("</div>\n");
        // One bar: the legend carries each standing's count, since a small share has no room for its figure.
        var legend = section.ByStanding.Select(p => (p.Key, $"{Labels.Get(p.Key)} {Number(p.Value)}")).ToList();
        Chart(
            html,
            "contact-standing",
            Labels.Get("Standing"),
            SvgCharts.Stacked(
                "contact-standing",
                Labels.Get("Standing"),
                [new SvgCharts.StackedRow("standing", Labels.Get("Members"), [.. section.ByStanding.Select(p => new SvgCharts.Segment(p.Key, p.Value))], $"{Labels.Get("Total")} {Number(section.MobileMembers)}")],
                legend,
                shares: true));
        Heading(html, Labels.Get("Organization"));
        Table(html, [Labels.Get("Organization"), Labels.Get("Members")], section.ByOrganization.Select(p => new[] { p.Key, Number(p.Value) }), id: "by-organization");
        Heading(html, Labels.Get("NotAssigned"));
        Reasoned(html, section.NotAssigned.Select(r => ($"{r.Member} ({Labels.Get(r.Status)})", r.Reasons)));
        Heading(html, Labels.Get("Establishment"));
        Reasoned(html, section.EstablishmentAdvice.Select(a => (
            $"{Labels.Get("Area")} {a.AreaCode}: {Labels.Get("Full")} {a.FullMembers}, {Labels.Get("Probationary")} {a.ProbationaryMembers}; {Labels.Get("Candidates")}: {string.Join(", ", a.CandidateSecretaries.Take(5))}{(a.CandidateSecretaries.Count > 5 ? ", …" : string.Empty)}",
            a.Reasons)));
        Heading(html, Labels.Get("Flagged"));
        Reasoned(html, section.FlaggedForReview.Select(r => ($"{r.Member} ({Labels.Get(r.Status)})", r.Reasons)));
    }
}
