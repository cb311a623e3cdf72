using NodaTime;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Specifications;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrganizationSpecificationTests
{
    private static readonly LocalDate Term = new(2026, 6, 30);

    private static OrganizationSummary Summary(string id, OrganizationLevel level, int full, int probationary = 0, bool committee = false, LocalDate? termEndsOn = null) => new()
    {
        Id = new OrganizationId(id),
        Level = level,
        Kind = OrganizationKind.Village,
        FullMembers = full,
        ProbationaryMembers = probationary,
        HasBranchCommittee = committee,
        TermEndsOn = termEndsOn ?? Term,
    };

    [Fact]
    public void Organizations_needing_another_form_are_listed_at_each_boundary_in_id_order()
    {
        OrganizationSummary[] organizations =
        [
            Summary("b-ok-secretary", OrganizationLevel.Branch, 6, 44),
            Summary("a-too-few-full", OrganizationLevel.Branch, 2, 10),
            Summary("c-ok-committee", OrganizationLevel.Branch, 7, 43, committee: true),
            Summary("d-too-big-branch", OrganizationLevel.Branch, 7, 44, committee: true),
            Summary("e-needs-committee", OrganizationLevel.Branch, 7, 0),
            Summary("f-committee-without-enough-full", OrganizationLevel.Branch, 6, 0, committee: true),
            Summary("g-ok-general-branch", OrganizationLevel.GeneralBranch, 60, 40),
            Summary("h-too-big-general-branch", OrganizationLevel.GeneralBranch, 60, 41),
            Summary("i-ok-committee-small", OrganizationLevel.Committee, 30, 0),
            Summary("j-committee-too-few-full", OrganizationLevel.Committee, 2, 0),
            Summary("k-ok-committee-large", OrganizationLevel.Committee, 500, 20),
            Summary("B-upper-case-sorts-first", OrganizationLevel.Branch, 0),
        ];

        var listed = new OrganizationsNeedingAnotherFormSpec(StructurePolicy.Default).Evaluate(organizations).Select(o => o.Id.Value);

        Assert.Equal(
            ["B-upper-case-sorts-first", "a-too-few-full", "d-too-big-branch", "e-needs-committee", "f-committee-without-enough-full", "h-too-big-general-branch", "j-committee-too-few-full"],
            listed);
    }

    [Fact]
    public void Organizations_with_a_term_ending_on_or_before_the_date_are_listed_earliest_first_then_by_id()
    {
        OrganizationSummary[] organizations =
        [
            Summary("c", OrganizationLevel.Branch, 5, termEndsOn: Term),
            Summary("a", OrganizationLevel.Branch, 5, termEndsOn: Term.PlusDays(1)),
            Summary("b", OrganizationLevel.Branch, 5, termEndsOn: Term),
            Summary("d", OrganizationLevel.Branch, 5, termEndsOn: Term.PlusDays(-1)),
            Summary("e", OrganizationLevel.Branch, 5, termEndsOn: LocalDate.MinIsoValue),
        ];

        var listed = new OrganizationsWithTermEndingSpec(Term).Evaluate(organizations).Select(o => o.Id.Value);

        Assert.Equal(["e", "d", "b", "c"], listed);
    }

    [Fact]
    public void Member_counts_near_int_MaxValue_do_not_overflow_the_total()
    {
        OrganizationSummary[] organizations =
        [
            Summary("branch", OrganizationLevel.Branch, 6, int.MaxValue - 1),
            Summary("general", OrganizationLevel.GeneralBranch, int.MaxValue, int.MaxValue),
        ];

        var listed = new OrganizationsNeedingAnotherFormSpec(StructurePolicy.Default).Evaluate(organizations).Select(o => o.Id.Value);

        Assert.Equal(["branch", "general"], listed);
    }

    [Fact]
    public void The_needing_another_form_spec_refuses_a_null_policy() =>
        Assert.Throws<ArgumentNullException>(() => new OrganizationsNeedingAnotherFormSpec(null!));

    private static Arbitrary<(StructurePolicy Policy, OrganizationSummary Summary)> Summaries { get; } =
        (from policy in FoundationArbitraries.ValidStructurePolicy
         from level in FoundationArbitraries.Level
         from full in FoundationArbitraries.MemberCount
         from probationary in FoundationArbitraries.MemberCount
         from committee in Gen.Elements(true, false)
         select (policy, Summary("x", level, full, probationary, committee))).ToArbitrary();

    /// <summary>
    /// A branch is listed exactly when the advisor advises another form than the one it has; a
    /// general branch or committee is listed when it is too small to stand alone or, for a general
    /// branch, too large (shrinking ones are left alone, as the spec documents).
    /// </summary>
    [Property(MaxTest = 500)]
    public Property The_needing_another_form_spec_agrees_with_the_structure_advisor() =>
        Prop.ForAll(Summaries, t =>
        {
            var (policy, summary) = t;
            var listed = new OrganizationsNeedingAnotherFormSpec(policy).IsSatisfiedBy(summary);
            var advised = new StructureAdvisor(policy).Advise(summary.FullMembers, summary.ProbationaryMembers).Form;
            var expected = summary.Level switch
            {
                OrganizationLevel.Branch => advised != (summary.HasBranchCommittee ? AdvisedForm.BranchWithCommittee : AdvisedForm.Branch),
                OrganizationLevel.GeneralBranch => advised < AdvisedForm.Branch || advised > AdvisedForm.GeneralBranch,
                _ => advised < AdvisedForm.Branch,
            };
            return (listed == expected).Label($"listed {listed}, advised {advised} for {summary}");
        });
}
