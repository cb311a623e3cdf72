using NodaTime;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.FourHaves.Specifications;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.FourHaves;

public sealed class FourHavesSpecificationTests
{
    private static readonly LocalDate Today = new(2026, 11, 27);

    private static EnterpriseAssessmentSummary S(string id, CoverageKind coverage = CoverageKind.OwnOrganization, bool operating = true, LocalDate? on = null,
        bool seat = true, bool action = true, bool attraction = true, bool supervision = true, Grade grade = Grade.Good, bool vetoed = false, int total = 80, string? area = "A01") =>
        new()
        {
            Id = new EnterpriseId(id), AreaCode = area, Operating = operating, Coverage = coverage, AssessedOn = on ?? new LocalDate(2026, 6, 1),
            SeatMet = seat, ActionMet = action, AttractionMet = attraction, SupervisionMet = supervision, Grade = grade, Vetoed = vetoed, Total = total,
            SeatScore = seat ? 20 : 10, ActionScore = action ? 20 : 12, AttractionScore = attraction ? 20 : 5, SupervisionScore = supervision ? 20 : 0,
        };

    private static string[] Ids(Ardalis.Specification.Specification<EnterpriseAssessmentSummary> spec, IEnumerable<EnterpriseAssessmentSummary> data) =>
        [.. spec.Evaluate(data).Select(s => s.Id.Value)];

    [Fact]
    public void Enterprises_without_coverage_are_the_operating_ones_with_none()
    {
        EnterpriseAssessmentSummary[] data = [S("E3", CoverageKind.None), S("E1", CoverageKind.Instructor), S("E2", CoverageKind.None, operating: false), S("E4"), S("E0", CoverageKind.None, area: "A00")];

        Assert.Equal(["E0", "E3"], Ids(new EnterprisesWithoutCoverageSpec(), data));
        Assert.Equal(["E0", "E1", "E3"], Ids(new EnterprisesWithoutCoverageSpec(organizationCoverage: true), data));
    }

    [Theory]
    [InlineData(Have.Seat)]
    [InlineData(Have.Action)]
    [InlineData(Have.Attraction)]
    [InlineData(Have.Supervision)]
    public void Enterprises_missing_a_have_are_those_whose_assessment_did_not_meet_it(Have have)
    {
        EnterpriseAssessmentSummary[] data =
        [
            S("E1"), S("E2", seat: have != Have.Seat, action: have != Have.Action, attraction: have != Have.Attraction, supervision: have != Have.Supervision),
            S("E0", seat: false, action: false, attraction: false, supervision: false),
        ];

        Assert.Equal(["E0", "E2"], Ids(new EnterprisesMissingHaveSpec(have), data));
        // Issue 13 item 5: an undefined have is a coded InvalidInputException (it was an ArgumentOutOfRangeException).
        Assert.Equal([FourHavesErrorCodes.EnumUndefined], Assert.Throws<InvalidInputException>(() => new EnterprisesMissingHaveSpec((Have)8)).Codes);
    }

    [Fact]
    public void Vetoed_enterprises_are_listed_by_area_then_id() =>
        Assert.Equal(["E2", "E1"], Ids(new VetoedEnterprisesSpec(), [S("E1", vetoed: true, grade: Grade.Poor, area: "B"), S("E2", vetoed: true, grade: Grade.Poor, area: "A"), S("E3")]));

    [Fact]
    public void Model_enterprises_meet_all_four_haves_with_a_good_grade_best_first()
    {
        EnterpriseAssessmentSummary[] data =
        [
            S("E1", grade: Grade.Good, total: 76), S("E2", grade: Grade.Excellent, total: 95), S("E3", grade: Grade.Fair, total: 70),
            S("E4", grade: Grade.Excellent, total: 95, attraction: false), S("E5", grade: Grade.Poor, vetoed: true, total: 93), S("E0", grade: Grade.Good, total: 76),
        ];

        Assert.Equal(["E2", "E0", "E1"], Ids(new ModelEnterprisesSpec(), data));
        Assert.Equal(["E2"], Ids(new ModelEnterprisesSpec(Grade.Excellent), data));
    }

    [Fact]
    public void Enterprises_are_due_when_never_assessed_or_assessed_more_than_a_cycle_ago()
    {
        EnterpriseAssessmentSummary[] data =
        [
            S("E1", on: new LocalDate(2025, 11, 27)), S("E2", on: new LocalDate(2025, 11, 26)), S("E3", on: new LocalDate(2026, 1, 1)),
            S("E4") with { AssessedOn = null }, S("E5", on: new LocalDate(2020, 1, 1), operating: false),
        ];

        Assert.Equal(["E4", "E2"], Ids(new EnterprisesDueForAssessmentSpec(Today), data));
        Assert.Equal(["E4", "E2", "E1", "E3"], Ids(new EnterprisesDueForAssessmentSpec(Today, Period.FromMonths(6)), data));
        Assert.Throws<ArgumentNullException>(() => new EnterprisesDueForAssessmentSpec(Today, (Period)null!));
    }

    [Fact]
    public void A_summary_is_built_from_an_assessment()
    {
        var profile = FourHavesArbitraries.Perfect() with { ViolationsFound = 1, SeriousViolationsUnresolved = 1 };
        var assessment = new FourHavesAssessor().Assess(profile);

        var summary = EnterpriseAssessmentSummary.From(profile, CoverageKind.OwnOrganization, assessment, Today);

        Assert.Equal((assessment.Total, assessment.Grade, true, Today), (summary.Total, summary.Grade, summary.Vetoed, summary.AssessedOn!.Value));
        Assert.Equal(assessment.IsMet(Have.Supervision), summary.SupervisionMet);
        Assert.Single(new VetoedEnterprisesSpec().Evaluate([summary]));
        var mismatch = Assert.Throws<InvalidInputException>(() => EnterpriseAssessmentSummary.From(profile with { Id = new("X") }, CoverageKind.None, assessment, Today));
        Assert.Equal([FourHavesErrorCodes.AssessmentMismatch], mismatch.Codes);
    }
}
