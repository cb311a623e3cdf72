using System.Text;
using PartyBuilding.Core;
using PartyBuilding.Core.Education;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Study and organizational life in the html report.</summary>
internal static partial class HtmlRenderer
{
    private static void RenderEducation(StringBuilder html, EducationSection section)
    {
        Paragraph(html, $"{Day(section.From)} – {Day(section.To)}");
        Table(
            html,
            [Labels.Get("Id"), Labels.Get("Name"), Labels.Get("PeriodsJudged"), Labels.Get("PeriodsMissed")],
            section.Organizations.Select(r => new[] { r.Id, r.Name, Number(r.PeriodsJudged), Number(r.Missed) }),
            id: "education-organizations");
        Heading(html, Labels.Get("MissedLastPeriod"));
        Paragraph(html, section.MissedLastPeriod.Count == 0
            ? Labels.Get("None")
            : string.Join("; ", section.MissedLastPeriod.Select(m => $"{m.Organization} {Labels.Get(m.Kind)} ({Day(m.Start)} – {Day(m.End)})")));
        Heading(html, Labels.Get("Reasons"));
        Reasoned(html, section.Organizations.Where(r => r.Missed > 0).Select(r => ($"{r.Id} {r.Name}", (IReadOnlyList<Reason>)[.. r.Reasons.Where(x => x.Code != EducationReasonCodes.PeriodCut)])));
        Heading(html, $"{Labels.Get("Training")} {section.TrainingYear}");
        Paragraph(html, $"{Number(section.TrainingMet)}/{Number(section.Trained)} {Labels.Get("TrainingMet")}");
        Reasoned(html, section.BelowHours.Select(r => ($"{r.Member} ({Labels.Get(r.Role)})", r.Reasons)));
    }
}
