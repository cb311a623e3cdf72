using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Specifications;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class SpecificationTests
{
    private static AccountabilityCaseSummary Summary(
        string id,
        CaseState state,
        LocalDate? conclusionDeadline = null,
        FindingOutcome? outcome = null,
        LocalDate? concludedOn = null,
        bool disclose = false,
        LocalDate? previous = null,
        string subject = "cadre:wang") => new()
        {
            Id = new CaseId(id),
            SubjectKind = SubjectKind.Cadre,
            SubjectKey = subject,
            State = state,
            ReceivedOn = Start,
            RegistrationDeadline = Day(15),
            ConclusionDeadline = conclusionDeadline,
            Outcome = outcome,
            ConcludedOn = concludedOn,
            RequiresDisclosure = disclose,
            PreviousSubstantiatedOn = previous,
        };

    private static string[] Ids(IEnumerable<AccountabilityCaseSummary> found) => [.. found.Select(s => s.Id.Value)];

    [Fact]
    public void Cases_overdue_on_a_date_are_unregistered_after_15_days_or_unconcluded_after_their_deadline()
    {
        AccountabilityCaseSummary[] cases =
        [
            Summary("b-received-late", CaseState.Received),
            Summary("a-investigating-late", CaseState.Investigating, conclusionDeadline: Day(15)),
            Summary("c-investigating-on-time", CaseState.Investigating, conclusionDeadline: Day(16)),
            Summary("d-concluded", CaseState.Concluded, conclusionDeadline: Day(1), outcome: FindingOutcome.Substantiated, concludedOn: Day(2)),
        ];

        Assert.Equal(["a-investigating-late", "b-received-late"], Ids(new CasesOverdueSpec(Day(16)).Evaluate(cases)));
        Assert.Empty(new CasesOverdueSpec(Day(15)).Evaluate(cases));
    }

    [Fact]
    public void The_overdue_spec_agrees_with_the_case_as_it_stands()
    {
        var received = Received("r");
        var investigating = Investigating();
        investigating.ExtendDeadline(Day(10), 20, "complex");
        AccountabilityCaseSummary[] cases = [AccountabilityCaseSummary.Of(received), AccountabilityCaseSummary.Of(investigating)];

        foreach (var offset in new[] { 15, 16, 83, 84 })
        {
            var found = Ids(new CasesOverdueSpec(Day(offset)).Evaluate(cases));
            Assert.Equal(received.IsOverdueOn(Day(offset)), found.Contains("r"));
            Assert.Equal(investigating.IsOverdueOn(Day(offset)), found.Contains("case-1"));
        }
    }

    [Fact]
    public void Substantiated_cases_awaiting_sanction_are_concluded_and_substantiated_only()
    {
        AccountabilityCaseSummary[] cases =
        [
            Summary("b", CaseState.Concluded, outcome: FindingOutcome.Substantiated, concludedOn: Day(5)),
            Summary("a", CaseState.Concluded, outcome: FindingOutcome.Substantiated, concludedOn: Day(9)),
            Summary("c", CaseState.Concluded, outcome: FindingOutcome.Unsubstantiated, concludedOn: Day(1)),
            Summary("d", CaseState.Sanctioned, outcome: FindingOutcome.Substantiated, concludedOn: Day(1)),
        ];

        Assert.Equal(["b", "a"], Ids(new SubstantiatedCasesAwaitingSanctionSpec().Evaluate(cases)));
    }

    [Fact]
    public void Cases_awaiting_disclosure_are_sanctioned_cases_that_require_it()
    {
        var serious = Sanctioned(Impact.Serious);
        var minor = Sanctioned(Impact.Minor);
        var disclosed = AccountabilityCaseTests.InState("Disclosed");
        AccountabilityCaseSummary[] cases =
        [
            AccountabilityCaseSummary.Of(serious) with { Id = new CaseId("serious") },
            AccountabilityCaseSummary.Of(minor) with { Id = new CaseId("minor") },
            AccountabilityCaseSummary.Of(disclosed) with { Id = new CaseId("disclosed") },
        ];

        Assert.Equal(["serious"], Ids(new CasesAwaitingDisclosureSpec().Evaluate(cases)));
    }

    [Fact]
    public void Subjects_with_repeated_substantiated_cases_in_a_window_are_found_by_their_repeats()
    {
        AccountabilityCaseSummary[] cases =
        [
            Summary("w1", CaseState.Closed, outcome: FindingOutcome.Substantiated, concludedOn: Day(10), subject: "cadre:wang"),
            Summary("w2", CaseState.Closed, outcome: FindingOutcome.Substantiated, concludedOn: Day(50), previous: Day(10), subject: "cadre:wang"),
            Summary("l1", CaseState.Closed, outcome: FindingOutcome.Substantiated, concludedOn: Day(60), previous: Day(-400), subject: "cadre:li"),
            Summary("z1", CaseState.Closed, outcome: FindingOutcome.Unsubstantiated, concludedOn: Day(60), previous: Day(10), subject: "cadre:zhao"),
        ];

        var found = new SubjectsWithRepeatedSubstantiatedCasesSpec(Day(0), Day(100)).Evaluate(cases).ToArray();

        Assert.Equal(["w2"], Ids(found));
        Assert.Equal(["cadre:wang"], found.Select(f => f.SubjectKey).Distinct());
        Assert.Empty(new SubjectsWithRepeatedSubstantiatedCasesSpec(Day(11), Day(100)).Evaluate(cases));
        Assert.Equal(["w2"], Ids(SubjectsWithRepeatedSubstantiatedCasesSpec.Within(Day(50), 12).Evaluate(cases)));
        // Issue 13 item 5: a window that ends before it starts is a coded InvalidInputException (it was an ArgumentOutOfRangeException).
        Assert.Equal([AccountabilityErrorCodes.WindowOutOfOrder], Assert.Throws<InvalidInputException>(() => new SubjectsWithRepeatedSubstantiatedCasesSpec(Day(1), Day(0))).Codes);
        // Issue 13 item 5: a look-back that is not positive is a coded InvalidInputException (it was an ArgumentOutOfRangeException).
        Assert.Equal([AccountabilityErrorCodes.PolicyNotPositive], Assert.Throws<InvalidInputException>(() => SubjectsWithRepeatedSubstantiatedCasesSpec.Within(Day(1), 0)).Codes);
    }

    [Fact]
    public void Subjects_with_repeated_substantiated_cases_are_ordered_by_key_ordinally_as_a_database_orders_them()
    {
        AccountabilityCaseSummary Repeat(string id, string subject, int day) =>
            Summary(id, CaseState.Closed, outcome: FindingOutcome.Substantiated, concludedOn: Day(day), previous: Day(day - 1), subject: subject);

        AccountabilityCaseSummary[] cases = [Repeat("c1", "org:a", 10), Repeat("c2", "Z", 20), Repeat("c3", "org:B", 30), Repeat("c4", "org:a", 5)];

        var found = new SubjectsWithRepeatedSubstantiatedCasesSpec(Day(0), Day(100)).Evaluate(cases);

        Assert.Equal(["c2", "c3", "c4", "c1"], Ids(found));
    }

    [Fact]
    public void Open_rectification_orders_past_their_deadline_are_found_earliest_deadline_first()
    {
        RectificationOrder Order(string id, int deadline) =>
            new(new RectificationOrderId(id), new CaseId("case-1"), Cadre, Day(0), Day(deadline), "rectify");

        RectificationOrderSummary[] orders =
        [
            RectificationOrderSummary.Of(Order("b", 20)),
            RectificationOrderSummary.Of(Order("a", 10)),
            RectificationOrderSummary.Of(Order("c", 30)),
            RectificationOrderSummary.Of(Order("d", 5).Meet(Day(7))),
        ];

        Assert.Equal(["a", "b"], new RectificationOrdersPastDeadlineSpec(Day(30)).Evaluate(orders).Select(o => o.Id.Value));
    }

    [Fact]
    public void A_summary_of_a_case_carries_its_plain_facts()
    {
        var summary = AccountabilityCaseSummary.Of(Sanctioned(Impact.Serious), Day(-30));

        Assert.Equal(CaseState.Sanctioned, summary.State);
        Assert.Equal("cadre:cadre-wang", summary.SubjectKey);
        Assert.Equal(FindingOutcome.Substantiated, summary.Outcome);
        Assert.True(summary.RequiresDisclosure);
        Assert.Equal(Day(63), summary.ConclusionDeadline);
        Assert.Equal(Day(-30), summary.PreviousSubstantiatedOn);
        Assert.Throws<ArgumentNullException>(() => AccountabilityCaseSummary.Of(null!));
    }
}
