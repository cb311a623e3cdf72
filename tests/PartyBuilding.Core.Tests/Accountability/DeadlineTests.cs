using PartyBuilding.Core.Accountability;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class DeadlineTests
{
    [Fact]
    public void A_complaint_must_be_registered_within_15_days_and_is_overdue_from_the_16th()
    {
        var c = Received();

        Assert.Equal(Day(15), c.RegistrationDeadline);
        Assert.False(c.IsOverdueOn(Day(15)));
        Assert.True(c.IsOverdueOn(Day(16)));
        Assert.Null(c.ConclusionDeadline);
    }

    [Fact]
    public void An_investigation_must_be_concluded_within_60_days_of_acceptance()
    {
        var c = Received();
        c.StartInvestigation(Day(10));

        Assert.Equal(Day(70), c.ConclusionDeadline);
        Assert.False(c.IsOverdueOn(Day(70)));
        Assert.True(c.IsOverdueOn(Day(71)));
    }

    [Fact]
    public void A_late_acceptance_was_overdue_before_it_and_is_not_after_it()
    {
        var c = Received();
        c.StartInvestigation(Day(20));

        Assert.True(c.IsOverdueOn(Day(19)));
        Assert.False(c.IsOverdueOn(Day(20)));
        Assert.False(c.IsOverdueOn(Day(80)));
        Assert.True(c.IsOverdueOn(Day(81)));
    }

    [Fact]
    public void A_concluded_case_is_not_overdue_from_its_finding_on()
    {
        var c = Investigating();
        c.Conclude(Day(90), Finding.Unsubstantiated("No evidence."));

        Assert.True(c.IsOverdueOn(Day(89)));
        Assert.False(c.IsOverdueOn(Day(90)));
        Assert.False(c.IsOverdueOn(Day(400)));
    }

    [Fact]
    public void A_case_is_not_overdue_before_it_was_received()
    {
        Assert.False(Received().IsOverdueOn(Day(-100)));
    }

    [Fact]
    public void One_extension_of_at_most_30_days_moves_the_conclusion_deadline()
    {
        var c = Investigating();
        c.ExtendDeadline(Day(50), 30, "Witnesses are working away from the township.");

        Assert.Equal(Day(93), c.ConclusionDeadline);
        Assert.Equal(30, c.ExtensionDays);
        Assert.False(c.IsOverdueOn(Day(93)));
        Assert.True(c.IsOverdueOn(Day(94)));
    }

    [Fact]
    public void An_extension_counts_for_overdue_dates_only_from_the_day_it_was_granted()
    {
        var c = Investigating();
        c.ExtendDeadline(Day(63), 10, "Audit report pending.");

        Assert.Equal(Day(73), c.ConclusionDeadline);
        Assert.False(c.IsOverdueOn(Day(63)));
        Assert.False(c.IsOverdueOn(Day(73)));
        Assert.True(c.IsOverdueOn(Day(74)));
    }

    [Fact]
    public void An_extension_on_the_deadline_day_is_granted_and_one_after_it_is_refused()
    {
        var onTime = Investigating();
        onTime.ExtendDeadline(Day(63), 1, "reason");
        Assert.Equal(Day(64), onTime.ConclusionDeadline);

        var late = Investigating();
        var error = Assert.Throws<InvalidOperationException>(() => late.ExtendDeadline(Day(64), 1, "reason"));
        Assert.StartsWith(AccountabilityErrorCodes.ExtensionTooLate, error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(31)]
    public void An_extension_outside_1_to_30_days_is_refused(int days)
    {
        var c = Investigating();

        var error = Assert.Throws<InvalidInputException>(() => c.ExtendDeadline(Day(10), days, "reason"));

        Assert.Contains(AccountabilityErrorCodes.ExtensionOutOfRange, error.Codes);
        Assert.Null(c.ExtendedOn);
        Assert.Equal(2, c.History.Count);
    }

    [Fact]
    public void An_extension_without_a_stated_reason_is_refused()
    {
        var c = Investigating();

        var error = Assert.Throws<InvalidInputException>(() => c.ExtendDeadline(Day(10), 40, " "));

        Assert.Contains(AccountabilityErrorCodes.ExtensionReasonEmpty, error.Codes);
        Assert.Contains(AccountabilityErrorCodes.ExtensionOutOfRange, error.Codes);
        Assert.Throws<ArgumentNullException>(() => c.ExtendDeadline(Day(10), 5, null!));
    }

    [Fact]
    public void A_second_extension_is_refused()
    {
        var c = Investigating();
        c.ExtendDeadline(Day(10), 5, "reason");

        var error = Assert.Throws<InvalidOperationException>(() => c.ExtendDeadline(Day(11), 5, "again"));

        Assert.StartsWith(AccountabilityErrorCodes.ExtensionAlreadyGranted, error.Message);
        Assert.Equal(5, c.ExtensionDays);
    }

    [Fact]
    public void Deadlines_follow_the_policy_version_the_case_opened_under()
    {
        var policies = PolicySet.Of(AccountabilityPolicy.Default with { RegisterWithinDays = 5, ConcludeWithinDays = 30, MaxExtensionDays = 10 }, "local");
        var c = AccountabilityCase.Receive(Complaint(), Start, policies);
        c.StartInvestigation(Day(5));

        Assert.Equal(Day(5), c.RegistrationDeadline);
        Assert.Equal(Day(35), c.ConclusionDeadline);
        Assert.Contains(AccountabilityErrorCodes.ExtensionOutOfRange, Assert.Throws<InvalidInputException>(() => c.ExtendDeadline(Day(6), 11, "r")).Codes);
    }
}
