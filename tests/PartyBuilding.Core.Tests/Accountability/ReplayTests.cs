using PartyBuilding.Core.Accountability;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class ReplayTests
{
    [Theory]
    [InlineData("Received")]
    [InlineData("Investigating")]
    [InlineData("Concluded")]
    [InlineData("Sanctioned")]
    [InlineData("Disclosed")]
    [InlineData("Closed")]
    public void A_case_replayed_from_its_history_has_the_same_state(string state)
    {
        var c = AccountabilityCaseTests.InState(state);

        var replayed = AccountabilityCase.Replay(c.History);

        Assert.Equal(Snapshot(c), Snapshot(replayed));
        Assert.Equal(c.History, replayed.History);
        Assert.NotSame(c.History, replayed.History);
    }

    [Fact]
    public void A_history_given_as_a_lazy_sequence_replays_too()
    {
        var c = AccountabilityCaseTests.InState("Disclosed");

        var replayed = AccountabilityCase.Replay(c.History.Select(e => e));

        Assert.Equal(Snapshot(c), Snapshot(replayed));
    }

    [Fact]
    public void An_empty_or_null_history_is_refused()
    {
        Assert.Contains(AccountabilityErrorCodes.HistoryEmpty, Assert.Throws<InvalidInputException>(() => AccountabilityCase.Replay([])).Codes);
        Assert.Contains(AccountabilityErrorCodes.HistoryEmpty, Assert.Throws<InvalidInputException>(() => AccountabilityCase.Replay(Enumerable.Empty<CaseEvent>())).Codes);
        Assert.Throws<ArgumentNullException>(() => AccountabilityCase.Replay(null!));
    }

    [Fact]
    public void A_history_with_a_null_event_or_a_null_record_in_an_event_is_refused_with_a_code()
    {
        var c = AccountabilityCaseTests.InState("Sanctioned");
        var received = (CaseReceived)c.History[0];

        Assert.Equal(["history[0]"], Failed(() => AccountabilityCase.Replay([null!])));
        Assert.Equal(["history[2]"], Failed(() => AccountabilityCase.Replay([c.History[0], c.History[1], null!])));
        Assert.Equal(["Complaint", "Policy"], Failed(() => AccountabilityCase.Replay([received with { Complaint = null!, Policy = null! }])));
        Assert.Equal(["Finding"], Failed(() => AccountabilityCase.Replay([c.History[0], c.History[1], new CaseConcluded(Day(20), null!)])));
        Assert.Equal(["Decision"], Failed(() => AccountabilityCase.Replay([c.History[0], c.History[1], c.History[2], new CaseSanctioned(Day(25), null!)])));

        static string[] Failed(Func<AccountabilityCase> replay)
        {
            var error = Assert.Throws<InvalidInputException>(replay);
            Assert.Equal([CommonErrorCodes.Required], error.Codes);
            return [.. error.Errors.Select(e => e.PropertyName)];
        }
    }

    [Fact]
    public void A_history_with_a_decision_that_its_finding_does_not_give_is_refused()
    {
        var c = AccountabilityCaseTests.InState("Sanctioned");
        var lighter = Escalator.Decide(new SanctionRequest { Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = Day(25) });

        var error = Assert.Throws<InvalidInputException>(() => AccountabilityCase.Replay([c.History[0], c.History[1], c.History[2], new CaseSanctioned(Day(25), lighter)]));

        Assert.Equal([AccountabilityErrorCodes.DecisionMismatch], error.Codes);
        Assert.Contains(error.Errors, e => e.PropertyName == nameof(SanctionDecision.RequiresDisclosure));
    }

    [Fact]
    public void A_replayed_case_keeps_its_own_copy_of_the_history()
    {
        var c = AccountabilityCaseTests.InState("Concluded");
        var events = c.History.ToList();

        var replayed = AccountabilityCase.Replay(events);
        events.Clear();

        Assert.Equal(Snapshot(c), Snapshot(replayed));
    }

    [Fact]
    public void A_history_that_does_not_start_with_the_receipt_is_refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => AccountabilityCase.Replay([new InvestigationStarted(Start)]));

        Assert.Contains(AccountabilityErrorCodes.HistoryNotStartedByReceipt, error.Codes);
    }

    [Fact]
    public void A_history_with_an_illegal_transition_or_a_back_dated_event_is_refused()
    {
        var c = Received();
        CaseEvent[] illegal = [c.History[0], new CaseClosed(Day(1))];
        CaseEvent[] backDated = [c.History[0], new InvestigationStarted(Day(-1))];
        CaseEvent[] twice = [c.History[0], c.History[0]];

        Assert.StartsWith(AccountabilityErrorCodes.CloseWithoutFinding, Assert.Throws<InvalidOperationException>(() => AccountabilityCase.Replay(illegal)).Message);
        Assert.StartsWith(AccountabilityErrorCodes.EventBeforePrevious, Assert.Throws<InvalidOperationException>(() => AccountabilityCase.Replay(backDated)).Message);
        Assert.StartsWith(AccountabilityErrorCodes.IllegalTransition, Assert.Throws<InvalidOperationException>(() => AccountabilityCase.Replay(twice)).Message);
    }

    [Fact]
    public void A_history_with_invalid_input_in_its_receipt_is_refused()
    {
        CaseEvent[] history = [new CaseReceived(Start, new Complaint(new CaseId("c"), Cadre, ""), FixturePolicies.Latest)];

        Assert.Contains(AccountabilityErrorCodes.SummaryEmpty, Assert.Throws<InvalidInputException>(() => AccountabilityCase.Replay(history)).Codes);
    }

    [Fact]
    public void A_history_of_100_events_replays()
    {
        var c = Investigating();
        for (var i = 0; i < 95; i++)
        {
            c.RecordProgress(Day(4 + (i / 5)), $"hearing {i}");
        }

        c.Conclude(Day(40), Finding.Substantiated(MisconductKind.RuleViolation, Impact.Significant));
        c.Sanction(Day(41), Escalator.Decide(c, [], Day(41)));
        c.Close(Day(42));

        Assert.Equal(100, c.History.Count);
        Assert.Equal(Snapshot(c), Snapshot(AccountabilityCase.Replay(c.History)));
    }
}
