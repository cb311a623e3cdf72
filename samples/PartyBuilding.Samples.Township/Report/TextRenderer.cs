using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Renders the report as plain-text tables, widths measured in display columns (CJK counts 2).</summary>
internal static partial class TextRenderer
{
    public static string Render(TownshipReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Labels.Get("Title")} — {report.Township} ({Labels.Get("AsOf")} {report.AsOf:yyyy-MM-dd})");
        RenderPolicies(text, report.Policies);
        RenderStructure(text, report.Structure);
        RenderAffiliation(text, report.Affiliation);
        RenderEnterprises(text, report.Enterprises);
        if (report.Evaluation is { } evaluation)
        {
            RenderEvaluation(text, evaluation);
        }

        RenderAccountability(text, report.Accountability);
        RenderOutreach(text, report.Outreach);
        if (report.Education is { } education)
        {
            EducationText.Render(text, education);
        }

        if (report.Petitions is { } petitions)
        {
            RenderPetitions(text, petitions);
        }

        if (report.Teams is { } teams)
        {
            RenderTeams(text, teams);
        }

        RenderDues(text, report.Dues);
        RenderGovernance(text, report.Governance);
        return text.ToString();
    }

    /// <summary>The public posting of the evaluation: the title, the township and the date, and the evaluation section alone.</summary>
    public static string Render(EvaluationPosting posting)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Labels.Get("PostingTitle")} — {posting.Township} ({Labels.Get("AsOf")} {posting.AsOf:yyyy-MM-dd})");
        RenderEvaluation(text, posting.Evaluation);
        return text.ToString();
    }

    private static void RenderPolicies(StringBuilder text, IReadOnlyList<PolicyRow> policies)
    {
        Heading(text, Labels.Get("Policies"));
        Table(
            text,
            [Labels.Get("PolicyName"), Labels.Get("VersionInForce"), Labels.Get("EffectiveFrom"), Labels.Get("VersionsRegistered")],
            policies.Select(p => new[] { Labels.Get("Policy" + p.Policy), p.Label, p.EffectiveFrom, Number(p.Versions) }));
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

    private static void RenderAffiliation(StringBuilder text, AffiliationSection section)
    {
        Heading(text, Labels.Get("Affiliation"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{section.MobileMembers} {Labels.Get("MobileMembers")}");
        Counts(text, Labels.Get("Outcome"), section.ByOutcome);
        Counts(text, Labels.Get("Mode"), section.ByMode);
        text.AppendLine();
        Table(text, [Labels.Get("Organization"), Labels.Get("Members")], section.ByOrganization.Select(p => new[] { p.Key, Number(p.Value) }));

        text.AppendLine().AppendLine(Labels.Get("NotAssigned"));
        Reasoned(text, section.NotAssigned.Select(r => ($"{r.Member} ({Labels.Get(r.Status)})", r.Reasons)));

        text.AppendLine().AppendLine(Labels.Get("Establishment"));
        Reasoned(text, section.EstablishmentAdvice.Select(a => (
            $"{Labels.Get("Area")} {a.AreaCode} {a.AreaName}: {Labels.Get("Full")} {a.FullMembers}, {Labels.Get("Probationary")} {a.ProbationaryMembers}; {Labels.Get("Candidates")}: {string.Join(", ", a.CandidateSecretaries.Take(5))}{(a.CandidateSecretaries.Count > 5 ? ", …" : string.Empty)}",
            a.Reasons)));

        Counts(text, Labels.Get("Standing"), section.ByStanding);
        text.AppendLine().AppendLine(Labels.Get("Flagged"));
        Reasoned(text, section.FlaggedForReview.Select(r => ($"{r.Member} ({Labels.Get(r.Status)})", r.Reasons)));
    }

    private static void RenderEnterprises(StringBuilder text, EnterpriseSection section)
    {
        Heading(text, Labels.Get("Enterprises"));
        Counts(text, Labels.Get("Coverage"), section.ByCoverage.ToDictionary(p => p.Key == "None" ? "NoCoverage" : p.Key, p => p.Value));
        text.AppendLine();
        Table(text, [Labels.Get("Rates"), Labels.Get("Value")], section.Rates.Select(p => new[] { Labels.Get(p.Key), Rate(p.Value) }));
        text.AppendLine().AppendLine(Labels.Get("JointAdvice"));
        Reasoned(text, section.JointBranchAdvice.Select(g => ($"{Labels.Get("Area")} {g.AreaCode} {g.AreaName}: {string.Join(", ", g.Enterprises)} ({Labels.Get("Full")} {g.FullMembers})", g.Reasons)));
        Counts(text, Labels.Get("Grade"), section.ByGrade);
        text.AppendLine();
        Table(
            text,
            [Labels.Get("Enterprise"), Labels.Get("Coverage"), Labels.Get("Seat"), Labels.Get("Action"), Labels.Get("Attraction"), Labels.Get("Supervision"), Labels.Get("Total"), Labels.Get("Grade"), Labels.Get("Vetoed")],
            section.Assessments.Select(a => new[]
            {
                a.Enterprise, Labels.Get(a.Coverage), Number(a.Seat), Number(a.Action), Number(a.Attraction), Number(a.Supervision), Number(a.Total), Labels.Get(a.Grade), a.Vetoed ? Labels.Get("Yes") : string.Empty,
            }));
        text.AppendLine().AppendLine(Labels.Get("Models")).AppendLine("  " + List(section.ModelEnterprises));
        text.AppendLine().AppendLine(Labels.Get("Reasons"));
        Reasoned(text, section.Assessments.Where(a => a.Unmet.Count > 0 || a.Vetoed).Select(a => (a.Enterprise, a.Reasons)));
    }

    private static void RenderEvaluation(StringBuilder text, EvaluationSection section)
    {
        Heading(text, Labels.Get("Evaluation"));
        var names = section.Groups.ToDictionary(g => g.Group, g => g.Name, StringComparer.Ordinal);
        string GroupName(string group) => names.GetValueOrDefault(group, group);
        var withheld = section.WithheldGroups.Select(GroupName).ToList();
        text.AppendLine(section.View == "Posting"
            ? $"{Labels.Get("Withheld")}: {List(withheld)}"
            : $"{Labels.Get("CommitteeView")} {Labels.Get("PostingWithholds")}: {List(withheld)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{section.Round}: {Labels.Get("Eligible")} {section.Eligible}, {Labels.Get("Cast")} {section.BallotsCast} ({Labels.Get("Valid")} {section.ValidBallots}, {Labels.Get("Invalid")} {section.InvalidBallots}), {Labels.Get("Turnout")} {Rate(section.Turnout)}");
        text.AppendLine();
        Table(
            text,
            [Labels.Get("RaterGroup"), Labels.Get("Weight"), Labels.Get("GroupEligible"), Labels.Get("GroupCast"), Labels.Get("GroupTurnout"), Labels.Get("BreakdownWithheld")],
            section.Groups.Select(g => new[] { g.Name, g.Weight, Number(g.Eligible), Number(g.Cast), Rate(g.Turnout), g.Withheld ? Labels.Get("Yes") : string.Empty }));
        Counts(text, Labels.Get("CastByBox"), section.CastByBox);
        Counts(text, Labels.Get("CastByCountSheet"), section.CastByCountSheet.ToDictionary(p => GroupName(p.Key), p => p.Value));
        Counts(text, Labels.Get("Outcome"), section.ByOutcome);
        text.AppendLine();
        static string Cell(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
        Table(
            text,
            [Labels.Get("Cadre"), Labels.Get("Excellent"), Labels.Get("Competent"), Labels.Get("BasicallyCompetent"), Labels.Get("Incompetent"), Labels.Get("Recognition"), Labels.Get("IncompetentShare"), Labels.Get("Outcome")],
            section.Cadres.Select(c => new[] { c.Cadre, Cell(c.Excellent), Cell(c.Competent), Cell(c.BasicallyCompetent), Cell(c.Incompetent), Rate(c.Recognition), Rate(c.IncompetentShare), Labels.Get(c.Outcome) }));
        text.AppendLine().AppendLine(Labels.Get(section.View == "Posting" ? "ByPublishedGroup" : "ByGroup"));
        Table(
            text,
            [Labels.Get("Cadre"), Labels.Get("RaterGroup"), Labels.Get("Excellent"), Labels.Get("Competent"), Labels.Get("BasicallyCompetent"), Labels.Get("Incompetent"), Labels.Get("Recognition"), Labels.Get("IncompetentShare")],
            section.Cadres.SelectMany(c => c.ByGroup.Select(g => new[]
            {
                c.Cadre, GroupName(g.Group), Number(g.Excellent), Number(g.Competent), Number(g.BasicallyCompetent), Number(g.Incompetent), Rate(g.Recognition), Rate(g.IncompetentShare),
            })));
        text.AppendLine().AppendLine(Labels.Get("Reasons"));
        Reasoned(text, section.Cadres.Where(c => section.View != "Posting" || c.Outcome != "Retain").Select(c => ($"{c.Cadre} → {Labels.Get(c.Outcome)}", c.Reasons)));
    }

    private static void RenderAccountability(StringBuilder text, AccountabilitySection section)
    {
        Heading(text, Labels.Get("Accountability"));
        Counts(text, Labels.Get("State"), section.ByState);
        text.AppendLine();
        Table(
            text,
            [Labels.Get("Case"), Labels.Get("Subject"), Labels.Get("State"), Labels.Get("Received"), Labels.Get("Deadline"), Labels.Get("Overdue"), Labels.Get("Finding"), Labels.Get("Sanction")],
            section.All.Select(c => new[]
            {
                c.Id, Subject(c), Labels.Get(c.State), c.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                c.Overdue ? Labels.Get("Yes") : string.Empty,
                c.Misconduct is null ? c.Finding is null ? string.Empty : Labels.Get(c.Finding) : $"{Labels.Get("Misconduct." + c.Misconduct)} / {Labels.Get("Impact." + c.Impact)}",
                c.Sanction is null ? string.Empty : Labels.Get(c.Sanction),
            }));
        text.AppendLine().AppendLine(Labels.Get("OverdueCases")).AppendLine("  " + List(section.Overdue));
        text.AppendLine().AppendLine(Labels.Get("AwaitingSanction")).AppendLine("  " + List(section.AwaitingSanction));
        text.AppendLine().AppendLine(Labels.Get("AwaitingDisclosure")).AppendLine("  " + List(section.AwaitingDisclosure));
        text.AppendLine().AppendLine(Labels.Get("Reasons"));
        Reasoned(text, section.All.Where(c => c.Reasons.Count > 0).Select(c => ($"{c.Id} {Subject(c)}", c.Reasons)));
        static string Subject(CaseRow c) => $"{Labels.Get("SubjectKind." + c.SubjectKind)} {c.SubjectId}";
    }

    private static void RenderGovernance(StringBuilder text, GovernanceSection section)
    {
        Heading(text, Labels.Get("Governance"));
        Table(
            text,
            [Labels.Get("Matter"), Labels.Get("Organization"), Labels.Get("Level"), Labels.Get("Decided"), Labels.Get("Policy"), Labels.Get("Compliant"), Labels.Get("FirstFailing")],
            section.Matters.Select(m => new[]
            {
                m.Id, m.Organization, Labels.Get(m.Level), m.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Policy,
                m.Compliant ? Labels.Get("Yes") : Labels.Get("No"), m.FirstFailingStep is null ? string.Empty : Labels.Get(m.FirstFailingStep),
            }));
        text.AppendLine().AppendLine(Labels.Get("ProceduresNotCompliant")).AppendLine("  " + List(section.NotCompliant));
        text.AppendLine().AppendLine(Labels.Get("Reasons"));
        Reasoned(text, section.Matters.Select(m => (m.Id, m.Reasons)));
        text.AppendLine().AppendLine($"{Labels.Get("OverdueDisclosures")} ({section.SchedulePolicy})");
        Reasoned(text, section.OverdueDisclosures.Select(f => (f.Item, (IReadOnlyList<PartyBuilding.Core.Reason>)[f.Reason])));
        text.AppendLine().AppendLine(Labels.Get("OverdueAudits"));
        Reasoned(text, section.OverdueAudits.Select(f => (f.Item, (IReadOnlyList<PartyBuilding.Core.Reason>)[f.Reason])));
    }

    /// <summary>
    /// The one way the report writes a rate: its counts and its percentage to one decimal ("14 of 35, 40.0 %";
    /// 中文 "35 个中 14 个，40.0%"); a weighted composite has no counts of its own ("84.3 % (weighted)"); "—" when there is none.
    /// </summary>
    public static string Rate(RateRow? rate)
    {
        if (rate is null)
        {
            return "—";
        }

        var percent = rate.Percent.ToString("0.0", CultureInfo.InvariantCulture);
        var zh = Data.LocalNames.IsChinese();
        return rate.Weighted || rate.Part is null || rate.Whole is null
            ? zh ? $"{percent}%（加权）" : $"{percent} % (weighted)"
            : zh ? FormattableString.Invariant($"{rate.Whole} 个中 {rate.Part} 个，{percent}%") : FormattableString.Invariant($"{rate.Part} of {rate.Whole}, {percent} %");
    }

    internal static string List(IReadOnlyList<string> items) => items.Count == 0 ? Labels.Get("None") : string.Join(", ", items);

    internal static void Counts(StringBuilder text, string title, IReadOnlyDictionary<string, int> counts)
    {
        text.AppendLine();
        Table(text, [title, Labels.Get("Total")], counts.Select(p => new[] { Labels.Get(p.Key), Number(p.Value) }).Append([Labels.Get("Total"), Number(counts.Values.Sum())]));
    }

    internal static void Reasoned(StringBuilder text, IEnumerable<(string Item, IReadOnlyList<PartyBuilding.Core.Reason> Reasons)> rows)
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
