using NodaTime;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the four-haves specifications.</summary>
public sealed class FourHavesSpecificationCases : ISpecificationCases
{
    /// <summary>Enterprise ids differing only by case, accents and script, so that ties are broken by an ordinal order.</summary>
    private static readonly string[] EnterpriseIds =
        [.. Enumerable.Range(0, 28).Select(i => $"ent-{i:00}"), "Ent-01", "A", "a", "B", "b", "Z", "é", "e", "f", "企业1", "企业2", "_", "0"];

    /// <summary>Area codes with a missing one, an empty one, and case, accent and script variants.</summary>
    private static readonly string?[] AreaCodes = [null, "", "330100", "330101", "330102", "A", "a", "Z", "é", "e", "f", "镇1", "镇2", "_", "0"];

    /// <summary>Assessment cycles: the default year, calendar months (so that month ends and 29 February are clamped), days, and a mix.</summary>
    private static readonly Period[] Cycles =
    [
        Period.FromYears(1), Period.FromYears(2), Period.FromMonths(1), Period.FromMonths(6), Period.FromMonths(12),
        Period.FromDays(1), Period.FromDays(30), Period.FromDays(365), Period.FromMonths(3) + Period.FromDays(10), Period.FromYears(4),
    ];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<EnterprisesDueForAssessmentSpec, EnterpriseAssessmentSummary>(
            "assessments around the cutoff (cycle before the date), month ends and leap days, never assessed, default and other cycles",
            from asOf in BoundaryDates.Cutoff
            from cycle in Gen.Frequency((1, Gen.Constant<Period?>(null)), (3, Gen.Elements(Cycles).Select(c => (Period?)c)))
            let cutoff = asOf - (cycle ?? FourHavesPolicy.Default.AssessmentCycle)
            from rows in Gen.ListOf(Enterprise(Optional(BoundaryDates.Near(cutoff, asOf)), Score))
            select new Scenario<EnterpriseAssessmentSummary>(
                cycle is null ? new EnterprisesDueForAssessmentSpec(asOf) : new EnterprisesDueForAssessmentSpec(asOf, cycle),
                [.. rows],
                $"asOf {asOf:uuuu-MM-dd}, cycle {cycle?.ToString() ?? "default"}, cutoff {cutoff:uuuu-MM-dd}")),

        SpecificationCase.For<EnterprisesDueForAssessmentSpec, EnterpriseAssessmentSummary>(
            "the policy's cycle",
            from asOf in BoundaryDates.Cutoff
            from cycle in Gen.Elements(Cycles)
            let cutoff = asOf - cycle
            from rows in Gen.ListOf(Enterprise(Optional(BoundaryDates.Near(cutoff, asOf)), Score))
            select new Scenario<EnterpriseAssessmentSummary>(
                new EnterprisesDueForAssessmentSpec(asOf, FourHavesPolicy.Default with { AssessmentCycle = cycle }),
                [.. rows],
                $"asOf {asOf:uuuu-MM-dd}, policy cycle {cycle}, cutoff {cutoff:uuuu-MM-dd}")),

        SpecificationCase.For<EnterprisesMissingHaveSpec, EnterpriseAssessmentSummary>(
            "every have, scores tied and at the extremes, met and not, assessed and not",
            from have in Gen.Elements(Enum.GetValues<Have>())
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Enterprise(Optional(BoundaryDates.Near(anchor)), Score))
            select new Scenario<EnterpriseAssessmentSummary>(new EnterprisesMissingHaveSpec(have), [.. rows], $"have {have}")),

        SpecificationCase.For<EnterprisesWithoutCoverageSpec, EnterpriseAssessmentSummary>(
            "every coverage, operating and not, area codes missing, empty and with case and script variants",
            from organizationCoverage in Gen.Elements(true, false)
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Enterprise(Optional(BoundaryDates.Near(anchor)), Score))
            select new Scenario<EnterpriseAssessmentSummary>(
                new EnterprisesWithoutCoverageSpec(organizationCoverage), [.. rows], $"organization coverage {organizationCoverage}")),

        SpecificationCase.For<ModelEnterprisesSpec, EnterpriseAssessmentSummary>(
            "every minimum grade (default, from a policy, given), grades at and around it, totals tied",
            from minimum in MinimumGrade
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Enterprise(Optional(BoundaryDates.Near(anchor)), Score, mostlyMet: true))
            select new Scenario<EnterpriseAssessmentSummary>(minimum.Spec, [.. rows], minimum.Description)),

        SpecificationCase.For<VetoedEnterprisesSpec, EnterpriseAssessmentSummary>(
            "vetoed and not, assessed and not, area codes missing, empty and with case and script variants",
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Enterprise(Optional(BoundaryDates.Near(anchor)), Score))
            select new Scenario<EnterpriseAssessmentSummary>(new VetoedEnterprisesSpec(), [.. rows], "none")),

        SpecificationCase.For<EnterprisesDueForAssessmentSpec, EnterpriseAssessmentSummary>(
            "ordering edges: never assessed (null) among the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgeEnterprise)
            select new Scenario<EnterpriseAssessmentSummary>(
                new EnterprisesDueForAssessmentSpec(BoundaryDates.Last, Period.FromDays(1)), [.. rows], "asOf 9999-12-31, cycle 1 day")),

        SpecificationCase.For<EnterprisesWithoutCoverageSpec, EnterpriseAssessmentSummary>(
            "ordering edges: area codes null, empty and in case and accent variants",
            from rows in Gen.ListOf(EdgeEnterprise)
            select new Scenario<EnterpriseAssessmentSummary>(new EnterprisesWithoutCoverageSpec(), [.. rows], "none")),

        SpecificationCase.For<VetoedEnterprisesSpec, EnterpriseAssessmentSummary>(
            "ordering edges: area codes null, empty and in case and accent variants",
            from rows in Gen.ListOf(EdgeEnterprise)
            select new Scenario<EnterpriseAssessmentSummary>(new VetoedEnterprisesSpec(), [.. rows], "none")),

        SpecificationCase.For<ModelEnterprisesSpec, EnterpriseAssessmentSummary>(
            "ordering edges: totals at the ends of int, descending",
            from rows in Gen.ListOf(EdgeEnterprise)
            select new Scenario<EnterpriseAssessmentSummary>(new ModelEnterprisesSpec(Grade.Poor), [.. rows], "minimum Poor")),

        SpecificationCase.For<EnterprisesMissingHaveSpec, EnterpriseAssessmentSummary>(
            "ordering edges: scores at the ends of int",
            from have in Gen.Elements(Enum.GetValues<Have>())
            from rows in Gen.ListOf(EdgeEnterprise)
            select new Scenario<EnterpriseAssessmentSummary>(new EnterprisesMissingHaveSpec(have), [.. rows], $"have {have}")),
    ];

    /// <summary>
    /// A row that most specifications select (operating, uncovered, vetoed or met) with ordering edges in every
    /// key they order by (<see cref="OrderingEdges"/>): ids and area codes in case and accent variants, area codes
    /// and assessment dates often null, the first and last storable dates, scores and totals at the ends of int.
    /// </summary>
    private static Gen<EnterpriseAssessmentSummary> EdgeEnterprise { get; } =
        from id in OrderingEdges.Text
        from area in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("")), (4, OrderingEdges.Text.Select(t => (string?)t)))
        from operating in OrderingEdges.Mostly
        from uncovered in OrderingEdges.Mostly
        from assessed in Gen.Frequency((2, Gen.Constant<LocalDate?>(null)), (3, OrderingEdges.Dates.Where(d => d < BoundaryDates.Last.PlusDays(-1)).Select(d => (LocalDate?)d)), (1, Gen.Constant<LocalDate?>(BoundaryDates.Last)))
        from scores in Gen.ArrayOf(OrderingEdges.Ints, 5)
        from met in OrderingEdges.Mostly
        from vetoed in OrderingEdges.Mostly
        select new EnterpriseAssessmentSummary
        {
            Id = new EnterpriseId(id),
            AreaCode = area,
            Operating = operating,
            Coverage = uncovered ? CoverageKind.None : CoverageKind.OwnOrganization,
            AssessedOn = assessed,
            SeatScore = scores[0],
            ActionScore = scores[1],
            AttractionScore = scores[2],
            SupervisionScore = scores[3],
            Total = scores[4],
            SeatMet = met,
            ActionMet = met,
            AttractionMet = met,
            SupervisionMet = met,
            Grade = Grade.Good,
            Vetoed = vetoed,
        };

    /// <summary>The model specification with the default minimum grade, a policy's, or a given one.</summary>
    private static Gen<(ModelEnterprisesSpec Spec, string Description)> MinimumGrade { get; } = Gen.Frequency(
        (1, Gen.Constant((new ModelEnterprisesSpec(), "default"))),
        (1, Gen.Elements(Enum.GetValues<Grade>()).Select(g => (new ModelEnterprisesSpec(FourHavesPolicy.Default with { ModelMinimumGrade = g }), $"policy minimum {g}"))),
        (2, Gen.Elements(Enum.GetValues<Grade>()).Select(g => (new ModelEnterprisesSpec(g), $"minimum {g}"))));

    /// <summary>A score: mostly small (so that ties occur), at the default met bound (15 of 25 is exactly 3/5) and around it, and extremes.</summary>
    private static Gen<int> Score { get; } = Gen.Frequency(
        (4, Gen.Choose(0, 25)),
        (2, Gen.Elements(14, 15, 16, 25, 60, 100)),
        (1, Gen.Elements(int.MinValue, -1, 0, int.MaxValue, int.MaxValue - 1)));

    private static Gen<LocalDate?> Optional(Gen<LocalDate> dates) =>
        Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, dates.Select(d => (LocalDate?)d)));

    private static Gen<bool> Met(bool mostlyMet) =>
        mostlyMet ? Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))) : Gen.Elements(true, false);

    private static Gen<EnterpriseAssessmentSummary> Enterprise(Gen<LocalDate?> assessedOn, Gen<int> score, bool mostlyMet = false) =>
        from id in Gen.Elements(EnterpriseIds)
        from area in Gen.Elements(AreaCodes)
        from operating in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from coverage in Gen.Elements(Enum.GetValues<CoverageKind>())
        from assessed in assessedOn
        from seat in score
        from action in score
        from attraction in score
        from supervision in score
        from total in Gen.Frequency((3, Gen.Choose(55, 100)), (1, score))
        from seatMet in Met(mostlyMet)
        from actionMet in Met(mostlyMet)
        from attractionMet in Met(mostlyMet)
        from supervisionMet in Met(mostlyMet)
        from grade in Gen.Elements(Enum.GetValues<Grade>())
        from vetoed in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new EnterpriseAssessmentSummary
        {
            Id = new EnterpriseId(id),
            AreaCode = area,
            Operating = operating,
            Coverage = coverage,
            AssessedOn = assessed,
            SeatScore = seat,
            ActionScore = action,
            AttractionScore = attraction,
            SupervisionScore = supervision,
            Total = total,
            SeatMet = seatMet,
            ActionMet = actionMet,
            AttractionMet = attractionMet,
            SupervisionMet = supervisionMet,
            Grade = grade,
            Vetoed = vetoed,
        };
}
