using NodaTime;
using PartyBuilding.Core.Petitions;
using static PartyBuilding.Core.Tests.Petitions.PetitionFixtures;

namespace PartyBuilding.Core.Tests.Petitions;

public sealed class PetitionCaseTests
{
    [Fact]
    public void A_petition_goes_from_receipt_to_a_final_re_review_and_closes()
    {
        var c = Received();
        c.Transfer(Day(2), PetitionTier.Township);
        c.Accept(Day(10));
        c.Answer(Day(50));
        c.RequestReview(Day(60));
        c.AnswerReview(Day(80));
        c.RequestReReview(Day(90));
        c.AnswerReReview(Day(110));
        c.Close(Day(111));

        Assert.Equal(PetitionState.Closed, c.State);
        Assert.True(c.IsFinal);
        Assert.Equal(PetitionTier.Township, c.Tier);
        Assert.Equal(PetitionTier.County, c.ReviewTier);
        Assert.Equal(PetitionTier.AboveCounty, c.ReReviewTier);
        Assert.Equal(PetitionTier.AboveCounty, c.HighestTier);
        Assert.Equal(
            [
                PetitionAction.Received, PetitionAction.Transferred, PetitionAction.Accepted, PetitionAction.Answered, PetitionAction.ReviewRequested,
                PetitionAction.Reviewed, PetitionAction.ReReviewRequested, PetitionAction.ReReviewed, PetitionAction.Closed,
            ],
            c.History.Select(e => e.Action));
    }

    [Fact]
    public void The_routing_limit_is_15_days_from_receipt()
    {
        var c = Received();

        Assert.Equal(Day(15), c.RoutingDeadline);
        Assert.Equal(Day(15), c.DueOn);
        Assert.False(c.IsOverdueOn(Day(15)));
        Assert.True(c.IsOverdueOn(Day(16)));
    }

    [Fact]
    public void After_a_transfer_the_petitioner_is_told_within_15_days_of_the_handling_tiers_receipt()
    {
        var c = Received();
        c.Transfer(Day(3), PetitionTier.Township);

        Assert.Equal(Day(18), c.AcceptanceDeadline);
        Assert.Equal(Day(18), c.DueOn);
        Assert.False(c.IsOverdueOn(Day(18)));
        Assert.True(c.IsOverdueOn(Day(19)));
    }

    [Fact]
    public void An_objection_to_a_transfer_comes_within_5_working_days()
    {
        // Transferred on Monday 2 March 2026: five working days end on Monday 9 March.
        var c = Received();
        c.Transfer(Day(0), PetitionTier.Township);

        Assert.Equal(new LocalDate(2026, 3, 9), c.ObjectionDeadline);
        var late = Received();
        late.Transfer(Day(0), PetitionTier.Township);
        Assert.Equal(PetitionErrorCodes.ObjectionTooLate, CodeOf(Assert.Throws<InvalidOperationException>(() => late.ObjectToTransfer(new LocalDate(2026, 3, 10)))));

        c.ObjectToTransfer(new LocalDate(2026, 3, 9));
        Assert.Equal(PetitionTier.Village, c.Tier);
        Assert.Null(c.TransferredOn);
        Assert.Equal(new LocalDate(2026, 3, 24), c.RoutingDeadline);
    }

    [Fact]
    public void The_objection_limit_counts_the_hosts_calendar()
    {
        var holiday = new WorkingDayCalendar { Holidays = [new LocalDate(2026, 3, 4)] };
        var swap = new WorkingDayCalendar { ExtraWorkingDays = [new LocalDate(2026, 3, 7)] };

        Assert.Equal(new LocalDate(2026, 3, 10), Transferred(holiday).ObjectionDeadline);
        Assert.Equal(new LocalDate(2026, 3, 7), Transferred(swap).ObjectionDeadline);

        static PetitionCase Transferred(WorkingDayCalendar calendar)
        {
            var c = PetitionCase.Receive(Intake(), PolicySet.Of(PetitionPolicy.Default with { WorkingDays = calendar }));
            c.Transfer(Day(0), PetitionTier.Township);
            return c;
        }
    }

    [Fact]
    public void The_handling_limit_is_60_days_from_acceptance()
    {
        var c = Accepted();

        Assert.Equal(Day(65), c.HandlingDeadline);
        Assert.False(c.IsOverdueOn(Day(65)));
        Assert.True(c.IsOverdueOn(Day(66)));
    }

    [Fact]
    public void One_extension_of_at_most_30_days_with_a_reason_moves_the_handling_limit()
    {
        var c = Accepted();
        c.ExtendHandling(Day(65), 30, "Survey of the boundary needs the county's surveyors");

        Assert.Equal(Day(95), c.HandlingDeadline);
        Assert.False(c.IsOverdueOn(Day(95)));
        Assert.True(c.IsOverdueOn(Day(96)));
        Assert.Equal(PetitionErrorCodes.ExtensionAlreadyGranted, CodeOf(Assert.Throws<InvalidOperationException>(() => c.ExtendHandling(Day(70), 1, "again"))));
    }

    [Fact]
    public void An_extension_after_the_limit_or_out_of_range_or_without_a_reason_is_refused()
    {
        var late = Accepted();
        Assert.Equal(PetitionErrorCodes.ExtensionTooLate, CodeOf(Assert.Throws<InvalidOperationException>(() => late.ExtendHandling(Day(66), 10, "late"))));

        var error = Assert.Throws<InvalidInputException>(() => Accepted().ExtendHandling(Day(20), 31, " "));
        Assert.Equal([PetitionErrorCodes.ExtensionOutOfRange, PetitionErrorCodes.ReasonEmpty], CodesOf(error));
        Assert.Equal([PetitionErrorCodes.ExtensionOutOfRange], CodesOf(Assert.Throws<InvalidInputException>(() => Accepted().ExtendHandling(Day(20), 0, "why"))));
    }

    [Fact]
    public void An_answer_on_the_deadline_day_is_within_the_limit_and_the_day_after_is_not()
    {
        var onTime = Accepted();
        onTime.Answer(Day(65));
        var late = Accepted();
        late.Answer(Day(66));

        Assert.True(onTime.AnsweredWithinLimit);
        Assert.False(late.AnsweredWithinLimit);
        Assert.Null(onTime.DueOn);
        Assert.False(onTime.IsOverdueOn(Day(400)));
    }

    [Fact]
    public void A_review_is_requested_within_30_days_of_the_answer_and_answered_within_30()
    {
        var late = Answered();
        Assert.Equal(PetitionErrorCodes.ReviewTooLate, CodeOf(Assert.Throws<InvalidOperationException>(() => late.RequestReview(Day(71)))));

        var c = Answered();
        c.RequestReview(Day(70));
        Assert.Equal(Day(100), c.ReviewDeadline);
        Assert.False(c.IsOverdueOn(Day(100)));
        Assert.True(c.IsOverdueOn(Day(101)));
        Assert.Equal(PetitionTier.Township, c.ReviewTier);
    }

    [Fact]
    public void A_re_review_is_requested_within_30_days_of_the_review_and_a_hearing_is_not_counted()
    {
        var c = Answered();
        c.RequestReview(Day(45));
        c.AnswerReview(Day(60));
        Assert.Equal(Day(90), c.ReReviewRequestDeadline);

        var late = Answered();
        late.RequestReview(Day(45));
        late.AnswerReview(Day(60));
        Assert.Equal(PetitionErrorCodes.ReReviewTooLate, CodeOf(Assert.Throws<InvalidOperationException>(() => late.RequestReReview(Day(91)))));

        c.RequestReReview(Day(90));
        Assert.Equal(Day(120), c.ReReviewDeadline);
        c.HoldHearing(Day(100), 10);
        Assert.Equal(Day(130), c.ReReviewDeadline);
        Assert.False(c.IsOverdueOn(Day(130)));
        Assert.True(c.IsOverdueOn(Day(131)));
        Assert.Equal(PetitionTier.County, c.ReReviewTier);
        Assert.Equal([PetitionErrorCodes.HearingDaysInvalid], CodesOf(Assert.Throws<InvalidInputException>(() => c.HoldHearing(Day(101), 0))));
    }

    [Fact]
    public void After_the_re_review_the_petition_is_final()
    {
        var c = Answered();
        c.RequestReview(Day(45));
        c.AnswerReview(Day(60));
        c.RequestReReview(Day(61));
        c.AnswerReReview(Day(70));

        Assert.True(c.IsFinal);
        Assert.Equal(PetitionErrorCodes.Final, CodeOf(Assert.Throws<InvalidOperationException>(() => c.RequestReview(Day(71)))));
        Assert.Equal(PetitionErrorCodes.Final, CodeOf(Assert.Throws<InvalidOperationException>(() => c.RequestReReview(Day(71)))));
        c.Close(Day(71));
        Assert.Equal(PetitionErrorCodes.Final, CodeOf(Assert.Throws<InvalidOperationException>(() => c.RequestReReview(Day(72)))));
    }

    [Fact]
    public void An_answered_case_closes_only_after_the_review_limit()
    {
        var c = Answered();

        Assert.Equal(PetitionErrorCodes.CloseWhileAppealOpen, CodeOf(Assert.Throws<InvalidOperationException>(() => c.Close(Day(70)))));
        c.Close(Day(71));
        Assert.Equal(PetitionState.Closed, c.State);
    }

    [Fact]
    public void Not_accepted_and_diverted_petitions_close_and_owe_nothing()
    {
        var refused = Received();
        refused.NotAccept(Day(3), "Anonymous letter without facts");
        var diverted = Received();
        diverted.Divert(Day(3), OtherProcedure.Arbitration);

        Assert.Equal((PetitionState.NotAccepted, (LocalDate?)null), (refused.State, refused.DueOn));
        Assert.Equal(OtherProcedure.Arbitration, diverted.Procedure);
        refused.Close(Day(3));
        diverted.Close(Day(3));
        Assert.Equal([PetitionErrorCodes.ReasonEmpty], CodesOf(Assert.Throws<InvalidInputException>(() => Received().NotAccept(Day(1), ""))));
        Assert.Equal([PetitionErrorCodes.EnumUndefined], CodesOf(Assert.Throws<InvalidInputException>(() => Received().Divert(Day(1), (OtherProcedure)9))));
    }

    [Fact]
    public void Illegal_transitions_are_refused_with_codes_and_leave_the_case_unchanged()
    {
        var c = Received();

        Assert.Equal(PetitionErrorCodes.IllegalTransition, CodeOf(Assert.Throws<InvalidOperationException>(() => c.Answer(Day(1)))));
        Assert.Equal(PetitionErrorCodes.IllegalTransition, CodeOf(Assert.Throws<InvalidOperationException>(() => c.Close(Day(1)))));
        Assert.Equal(PetitionErrorCodes.IllegalTransition, CodeOf(Assert.Throws<InvalidOperationException>(() => c.ObjectToTransfer(Day(1)))));
        Assert.Equal(PetitionErrorCodes.TransferToSameTier, CodeOf(Assert.Throws<InvalidOperationException>(() => c.Transfer(Day(1), PetitionTier.Village))));
        Assert.Equal([PetitionErrorCodes.TierNotRouted], CodesOf(Assert.Throws<InvalidInputException>(() => c.Transfer(Day(1), PetitionTier.AboveCounty))));
        c.Accept(Day(4));
        Assert.Equal(PetitionErrorCodes.EventBeforePrevious, CodeOf(Assert.Throws<InvalidOperationException>(() => c.Answer(Day(3)))));
        Assert.Equal(2, c.History.Count);
        Assert.Equal(PetitionState.Accepted, c.State);
    }

    [Fact]
    public void A_case_keeps_the_policy_version_it_was_opened_under()
    {
        var set = new PolicySet<PetitionPolicy>([new("2022", Day(-400), PetitionPolicy.Default), new("2026-local", Day(10), PetitionPolicy.Default with { HandleWithinDays = 45 })]);
        var old = PetitionCase.Receive(Intake(), set);
        var current = PetitionCase.Receive(Intake(on: 10), set);
        old.Accept(Day(20));
        current.Accept(Day(20));

        Assert.Equal(("2022", Day(80)), (old.PolicyLabel, old.HandlingDeadline!.Value));
        Assert.Equal(("2026-local", Day(65)), (current.PolicyLabel, current.HandlingDeadline!.Value));
        Assert.Equal(PetitionErrorCodes.PolicyVersionNotInForce, CodeOf(Assert.Throws<InvalidOperationException>(() => PetitionCase.Receive(Intake(), set.Get("2026-local")))));
    }

    [Fact]
    public void A_case_is_not_opened_for_an_invalid_intake()
    {
        var error = Assert.Throws<InvalidInputException>(() => PetitionCase.Receive(Intake() with { Representatives = 6, Petitioners = 6 }, FixturePolicies));

        Assert.Equal([PetitionErrorCodes.TooManyRepresentatives], CodesOf(error));
    }

    [Fact]
    public void A_history_replays_to_the_same_case_and_a_bad_one_is_refused()
    {
        var c = Answered();
        c.RequestReview(Day(45));

        Assert.Equal(Snapshot(c), Snapshot(PetitionCase.Replay(c.Intake, c.Policy, c.History)));
        Assert.Equal([PetitionErrorCodes.HistoryEmpty], CodesOf(Assert.Throws<InvalidInputException>(() => PetitionCase.Replay(c.Intake, c.Policy, []))));
        Assert.Equal([PetitionErrorCodes.HistoryNotStartedByReceipt], CodesOf(Assert.Throws<InvalidInputException>(() => PetitionCase.Replay(c.Intake, c.Policy, c.History.Skip(1)))));
        Assert.Equal(["COMMON.REQUIRED"], CodesOf(Assert.Throws<InvalidInputException>(() => PetitionCase.Replay(c.Intake, c.Policy, [c.History[0], null!]))));
        Assert.Equal(PetitionErrorCodes.IllegalTransition, CodeOf(Assert.Throws<InvalidOperationException>(() => PetitionCase.Replay(c.Intake, c.Policy, [c.History[0], c.History[2]]))));
    }

    [Fact]
    public void The_history_cannot_be_written_through_a_cast()
    {
        var c = Received();

        Assert.Throws<NotSupportedException>(() => ((IList<PetitionEvent>)c.History).Add(new PetitionEvent(PetitionAction.Accepted, Day(1))));
    }
}
