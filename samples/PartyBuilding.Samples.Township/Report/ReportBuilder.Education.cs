using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Education.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The education section: every organization's schedule this year so far, and members' training last year.</summary>
internal sealed partial class ReportBuilder
{
    private EducationSection BuildEducation(TownshipData data, EducationRecord education, LocalDate asOf)
    {
        var assessor = services.GetRequiredService<IScheduleComplianceAssessor>();
        var training = services.GetRequiredService<ITrainingHoursAssessor>();
        // From the first of January to the report date: the period the report date falls in is cut and said to be.
        var interval = new DateInterval(new LocalDate(asOf.Year, 1, 1), asOf);
        var records = education.Activities.Select((a, i) => mapper.Guarded($"education activities[{i}]", () =>
            new ActivityRecord(new OrganizationId(a.Organization), a.Kind, a.On, a.Due, a.Present, a.Hours))).ToLookup(r => r.Organization);
        var rows = new List<ComplianceRow>();
        var summaries = new List<ActivityPeriodSummary>();
        foreach (var o in data.Organizations.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            var id = new OrganizationId(o.Id);
            var profile = new ScheduleProfile(id, o.Kind, o.HasBranchCommittee, education.WithPartyGroups.Contains(o.Id));
            var compliance = mapper.Guarded($"organizations (id '{o.Id}')", () => assessor.Assess(profile, interval, records[id]));
            summaries.AddRange(compliance.Periods.Select(p => ActivityPeriodSummary.Of(compliance, p)));
            rows.Add(new ComplianceRow(o.Id, Name(o), compliance.Periods.Count, compliance.Missed, compliance.PolicyLabel, compliance.Reasons));
        }

        var trainingRecords = education.Training.Select((t, i) => mapper.Guarded($"education training[{i}]", () =>
            new TrainingRecord(new MemberId(t.Member), t.On, t.Unit, t.Count))).ToList();
        var standings = trainingRecords.Select(t => t.Member).Distinct().Order()
            .Select(m => mapper.Guarded($"education training (member '{m}')", () => training.Assess(
                m, education.Secretaries.Contains(m.Value) ? TrainingRole.SecretaryOrCommitteeMember : TrainingRole.Member, education.TrainingYear, trainingRecords)))
            .ToList();

        return new EducationSection
        {
            From = interval.Start,
            To = interval.End,
            Organizations = rows,
            MissedLastPeriod = [.. new OrganizationsMissingActivitySpec(asOf).Evaluate(summaries).Select(s => new MissedRow(s.Organization.Value, s.Kind.ToString(), s.Period.ToString(), s.Start, s.End))],
            TrainingYear = education.TrainingYear,
            Trained = standings.Count,
            TrainingMet = standings.Count(s => s.Met),
            TrainingRate = RateRow.Of(standings.Count(s => s.Met), standings.Count),
            BelowHours = [.. new MembersBelowTrainingHoursSpec(education.TrainingYear).Evaluate(standings.Select(TrainingHoursSummary.Of))
                .Select(s => standings.First(t => t.Member == s.Member))
                .Select(s => new TrainingRow(s.Member.Value, s.Role.ToString(), s.Hours, s.Required, s.Reasons))],
        };
    }
}

/// <summary>Study and organizational life: the schedule judged per complete period, and training hours.</summary>
internal sealed record EducationSection
{
    public required LocalDate From { get; init; }

    public required LocalDate To { get; init; }

    public required IReadOnlyList<ComplianceRow> Organizations { get; init; }

    /// <summary>Activities missed in the last complete month, quarter or year on the report date.</summary>
    public required IReadOnlyList<MissedRow> MissedLastPeriod { get; init; }

    public required int TrainingYear { get; init; }

    public required int Trained { get; init; }

    public required int TrainingMet { get; init; }

    /// <summary>Members who met their hours of members with training records.</summary>
    public required RateRow TrainingRate { get; init; }

    /// <summary>Members below their hours for the training year, fewest hours first.</summary>
    public required IReadOnlyList<TrainingRow> BelowHours { get; init; }
}

internal sealed record ComplianceRow(string Id, string Name, int PeriodsJudged, int Missed, string PolicyLabel, IReadOnlyList<Reason> Reasons);

internal sealed record MissedRow(string Organization, string Kind, string Period, LocalDate Start, LocalDate End);

internal sealed record TrainingRow(string Member, string Role, long Hours, int Required, IReadOnlyList<Reason> Reasons);

/// <summary>The education section as text.</summary>
internal static class EducationText
{
    public static void Render(StringBuilder text, EducationSection section)
    {
        TextRenderer.Heading(text, Labels.Get("Education"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{section.From:yyyy-MM-dd} – {section.To:yyyy-MM-dd}");
        text.AppendLine();
        TextRenderer.Table(
            text,
            [Labels.Get("Id"), Labels.Get("Name"), Labels.Get("PeriodsJudged"), Labels.Get("PeriodsMissed")],
            section.Organizations.Select(r => new[] { r.Id, r.Name, TextRenderer.Number(r.PeriodsJudged), TextRenderer.Number(r.Missed) }));
        text.AppendLine().AppendLine(Labels.Get("MissedLastPeriod"));
        foreach (var m in section.MissedLastPeriod)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {m.Organization} {Labels.Get(m.Kind)} ({m.Start:yyyy-MM-dd} – {m.End:yyyy-MM-dd})");
        }

        if (section.MissedLastPeriod.Count == 0)
        {
            text.AppendLine("  " + Labels.Get("None"));
        }

        text.AppendLine().AppendLine(Labels.Get("Reasons"));
        Reasoned(text, section.Organizations.Where(r => r.Missed > 0).Select(r => ($"{r.Id} {r.Name}", (IReadOnlyList<Reason>)[.. r.Reasons.Where(x => x.Code != EducationReasonCodes.PeriodCut)])));
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{Labels.Get("Training")} {section.TrainingYear}: {Labels.Get("TrainingMet")} {TextRenderer.Rate(section.TrainingRate)}{Labels.Get("TrainingBelow")}");
        Reasoned(text, section.BelowHours.Select(r => ($"{r.Member} ({Labels.Get(r.Role)})", (IReadOnlyList<Reason>)r.Reasons)));
    }

    private static void Reasoned(StringBuilder text, IEnumerable<(string Item, IReadOnlyList<Reason> Reasons)> rows)
    {
        var any = false;
        foreach (var (item, reasons) in rows)
        {
            any = true;
            text.AppendLine("  " + item);
            foreach (var reason in reasons)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      [{reason.Code}] {reason.Message}");
            }
        }

        if (!any)
        {
            text.AppendLine("  " + Labels.Get("None"));
        }
    }
}
