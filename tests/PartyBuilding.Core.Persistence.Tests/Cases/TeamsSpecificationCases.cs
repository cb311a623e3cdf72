using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartyBuilding.Core.Persistence.Tests.Harness;
using PartyBuilding.Core.Teams;
using PartyBuilding.Core.Teams.Specifications;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the teams specifications.</summary>
public sealed class TeamsSpecificationCases : ISpecificationCases
{
    private static readonly string[] Ids =
        [.. Enumerable.Range(0, 30).Select(i => $"v-{i:00}"), "A", "a", "B", "b", "Z", "é", "村1", "村2", "_", "0"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<TeamsAwaitingRectificationSpec, TeamAssessmentSummary>(
            "weak and sound, in and out of rectification, assessment dates around anchors",
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Assessment(BoundaryDates.Near(anchor), Gen.Elements(Ids)))
            select new Scenario<TeamAssessmentSummary>(new TeamsAwaitingRectificationSpec(), [.. rows], "none")),

        SpecificationCase.For<TeamsAwaitingRectificationSpec, TeamAssessmentSummary>(
            "ordering edges: assessed on the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(Assessment(OrderingEdges.Dates, OrderingEdges.Text))
            select new Scenario<TeamAssessmentSummary>(new TeamsAwaitingRectificationSpec(), [.. rows], "none")),

        SpecificationCase.For<MidTermInspectionsDueSpec, MidTermInspectionSummary>(
            "windows opening and due around the date, month ends and leap days, inspected and not",
            from date in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Inspection(BoundaryDates.Near(date), Gen.Elements(Ids)))
            select new Scenario<MidTermInspectionSummary>(new MidTermInspectionsDueSpec(date), [.. rows], $"date {date:uuuu-MM-dd}")),

        SpecificationCase.For<MidTermInspectionsDueSpec, MidTermInspectionSummary>(
            "ordering edges: due on the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(Inspection(OrderingEdges.Dates, OrderingEdges.Text))
            select new Scenario<MidTermInspectionSummary>(new MidTermInspectionsDueSpec(BoundaryDates.Last), [.. rows], "date 9999-12-31")),

        SpecificationCase.For<ProgressChecksDueSpec, RectificationCaseSummary>(
            "checks due around the date, every state",
            from date in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Rectification(BoundaryDates.Near(date), Gen.Elements(Ids)))
            select new Scenario<RectificationCaseSummary>(new ProgressChecksDueSpec(date), [.. rows], $"date {date:uuuu-MM-dd}")),

        SpecificationCase.For<RectificationsOverdueSpec, RectificationCaseSummary>(
            "deadlines around the date, month ends and leap days, every state",
            from date in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Rectification(BoundaryDates.Near(date), Gen.Elements(Ids)))
            select new Scenario<RectificationCaseSummary>(new RectificationsOverdueSpec(date), [.. rows], $"date {date:uuuu-MM-dd}")),

        SpecificationCase.For<RectificationsOverdueSpec, RectificationCaseSummary>(
            "ordering edges: deadlines on the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(Rectification(OrderingEdges.Dates, OrderingEdges.Text))
            select new Scenario<RectificationCaseSummary>(new RectificationsOverdueSpec(BoundaryDates.Last), [.. rows], "date 9999-12-31")),

        SpecificationCase.For<CadresWithTrainingOverdueSpec, CadreTrainingSummary>(
            "induction and rotation due around the date, completed and not, required and not",
            from date in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Training(BoundaryDates.Near(date), Gen.Elements(Ids)))
            select new Scenario<CadreTrainingSummary>(new CadresWithTrainingOverdueSpec(date), [.. rows], $"date {date:uuuu-MM-dd}")),

        SpecificationCase.For<CadresWithTrainingOverdueSpec, CadreTrainingSummary>(
            "ordering edges: ids in case and accent variants, the last storable date",
            from rows in Gen.ListOf(Training(OrderingEdges.Dates, OrderingEdges.Text))
            select new Scenario<CadreTrainingSummary>(new CadresWithTrainingOverdueSpec(BoundaryDates.Last), [.. rows], "date 9999-12-31")),
    ];

    /// <summary>The summaries keyed by the organization, branch or cadre they describe (one row each).</summary>
    public void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TeamAssessmentSummary>().HasKey(t => t.Organization);
        modelBuilder.Entity<MidTermInspectionSummary>().HasKey(i => i.Branch);
        modelBuilder.Entity<CadreTrainingSummary>().HasKey(c => c.Cadre);
    }

    private static Gen<LocalDate?> Optional(Gen<LocalDate> dates) =>
        Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, dates.Select(d => (LocalDate?)d)));

    private static Gen<TeamAssessmentSummary> Assessment(Gen<LocalDate> dates, Gen<string> ids) =>
        from id in ids
        from assessedOn in dates
        from weak in OrderingEdges.Mostly
        from inRectification in Gen.Elements(true, false)
        from criteria in Gen.Choose(0, 9)
        select new TeamAssessmentSummary { Organization = new OrganizationId(id), AssessedOn = assessedOn, IsWeakAndLax = weak, InRectification = inRectification, CriteriaMet = criteria };

    private static Gen<MidTermInspectionSummary> Inspection(Gen<LocalDate> dates, Gen<string> ids) =>
        from id in ids
        from elected in dates
        from opens in dates
        from due in dates
        from inspected in Gen.Frequency((3, Gen.Constant<LocalDate?>(null)), (1, dates.Select(d => (LocalDate?)d)))
        select new MidTermInspectionSummary { Branch = new OrganizationId(id), ElectedOn = elected, OpensOn = opens, DueOn = due, InspectedOn = inspected };

    private static Gen<RectificationCaseSummary> Rectification(Gen<LocalDate> dates, Gen<string> ids) =>
        from id in ids
        from org in Gen.Elements(Ids)
        from state in Gen.Elements(Enum.GetValues<RectificationState>())
        from identified in dates
        from check in dates
        from deadline in dates
        from accepted in Optional(dates)
        select new RectificationCaseSummary
        {
            Id = new RectificationCaseId(id),
            Organization = new OrganizationId(org),
            State = state,
            IdentifiedOn = identified,
            ProgressCheckDue = check,
            Deadline = deadline,
            AcceptedOn = accepted,
        };

    private static Gen<CadreTrainingSummary> Training(Gen<LocalDate> dates, Gen<string> ids) =>
        from id in ids
        from required in Gen.Elements(true, false)
        from due in dates
        from completed in Optional(dates)
        from rotation in Gen.Frequency((1, dates), (2, Gen.Constant(BoundaryDates.Last)))
        select new CadreTrainingSummary { Cadre = new CadreId(id), InductionRequired = required, InductionDueOn = due, InductionCompletedOn = completed, RotationDueOn = rotation };
}
