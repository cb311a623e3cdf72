using PartyBuilding.Core.Accountability;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class RectificationOrderTests
{
    private static RectificationOrder Order() =>
        new(new RectificationOrderId("order-1"), new CaseId("case-1"), Cadre, Day(0), Day(30), "Clear the permit backlog");

    [Fact]
    public void An_open_order_is_missed_from_the_day_after_its_deadline()
    {
        var order = Order();

        Assert.True(order.IsOpen);
        Assert.False(order.IsMissedOn(Day(30)));
        Assert.True(order.IsMissedOn(Day(31)));
    }

    [Fact]
    public void An_order_met_on_its_deadline_is_never_missed_and_one_met_late_is()
    {
        var onTime = Order().Meet(Day(30));
        var late = Order().Meet(Day(33));

        Assert.False(onTime.IsOpen);
        Assert.False(onTime.IsMissedOn(Day(100)));
        Assert.True(late.IsMissedOn(Day(100)));
        Assert.False(late.IsMissedOn(Day(30)));
    }

    [Fact]
    public void An_order_cannot_be_met_twice_or_before_it_was_issued()
    {
        var met = Order().Meet(Day(5));

        Assert.StartsWith(AccountabilityErrorCodes.OrderAlreadyMet, Assert.Throws<InvalidOperationException>(() => met.Meet(Day(6))).Message);
        Assert.StartsWith(AccountabilityErrorCodes.EventBeforePrevious, Assert.Throws<InvalidOperationException>(() => Order().Meet(Day(-1))).Message);
    }

    [Fact]
    public void A_missed_order_opens_a_new_case_against_the_same_subject_linked_to_the_first()
    {
        var c = AccountabilityCase.OpenForMissedOrder(new CaseId("case-9"), Order(), Day(31), FixturePolicies);

        Assert.Equal(new CaseId("case-9"), c.Id);
        Assert.Equal(Cadre, c.Subject);
        Assert.Equal(new CaseId("case-1"), c.LinkedCase);
        Assert.Equal(new RectificationOrderId("order-1"), c.Complaint.MissedOrder);
        Assert.Equal(CaseState.Received, c.State);
        Assert.Equal(Day(31), c.ReceivedOn);
    }

    [Fact]
    public void An_order_that_is_not_missed_opens_no_case()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AccountabilityCase.OpenForMissedOrder(new CaseId("case-9"), Order(), Day(30), FixturePolicies));

        Assert.StartsWith(AccountabilityErrorCodes.OrderNotMissed, error.Message);
    }

    [Fact]
    public void An_invalid_order_or_case_id_opens_no_case()
    {
        Assert.Throws<ArgumentNullException>(() => AccountabilityCase.OpenForMissedOrder(new CaseId("c"), null!, Day(31), FixturePolicies));
        Assert.Contains(AccountabilityErrorCodes.CaseIdMissing, Assert.Throws<InvalidInputException>(() => AccountabilityCase.OpenForMissedOrder(default, Order(), Day(31), FixturePolicies)).Codes);
        Assert.Contains(AccountabilityErrorCodes.OrderRequirementEmpty, Assert.Throws<InvalidInputException>(() => AccountabilityCase.OpenForMissedOrder(new CaseId("c"), Order() with { Requirement = "" }, Day(31), FixturePolicies)).Codes);
    }
}
