using NodaTime;
using PartyBuilding.Core.Petitions;

namespace PartyBuilding.Core.Tests.Petitions;

/// <summary>Shared data for the petition tests.</summary>
internal static class PetitionFixtures
{
    /// <summary>A Monday.</summary>
    public static readonly LocalDate Start = new(2026, 3, 2);

    public static readonly PolicySet<PetitionPolicy> FixturePolicies = PolicySet.Of(PetitionPolicy.Default);

    public static readonly PetitionRouter Router = new(FixturePolicies);

    public static LocalDate Day(int offset) => Start.PlusDays(offset);

    public static PetitionIntake Intake(
        MatterCategory category = MatterCategory.NeighbourDispute,
        Gravity gravity = Gravity.Minor,
        PetitionTier at = PetitionTier.Village,
        string id = "pet-1",
        int on = 0) =>
        new(new PetitionId(id), "Li Wei", category, gravity, at, Day(on));

    public static PetitionCase Received(PetitionTier at = PetitionTier.Village, string id = "pet-1") =>
        PetitionCase.Receive(Intake(at: at, id: id), FixturePolicies);

    /// <summary>Received on day 0 and accepted on day 5.</summary>
    public static PetitionCase Accepted(PetitionTier at = PetitionTier.Village)
    {
        var c = Received(at);
        c.Accept(Day(5));
        return c;
    }

    /// <summary>Accepted on day 5 and answered on day 40.</summary>
    public static PetitionCase Answered(PetitionTier at = PetitionTier.Village)
    {
        var c = Accepted(at);
        c.Answer(Day(40));
        return c;
    }

    /// <summary>Everything observable about a case, for comparing a case with its replay.</summary>
    public static string Snapshot(PetitionCase c) => string.Join(
        " | ",
        c.Id, c.State, c.PolicyLabel, c.Tier, c.ReviewTier, c.ReReviewTier, c.HighestTier, c.ReceivedOn, c.TransferredOn, c.AcceptedOn,
        c.ExtendedOn, c.ExtensionDays, c.ExtensionReason, c.Procedure, c.AnsweredOn, c.ReviewRequestedOn, c.ReviewedOn,
        c.ReReviewRequestedOn, c.HearingDays, c.ReReviewedOn, c.ClosedOn, c.IsFinal, c.RoutingDeadline, c.AcceptanceDeadline,
        c.ObjectionDeadline, c.HandlingDeadline, c.ReviewRequestDeadline, c.ReviewDeadline, c.ReReviewRequestDeadline,
        c.ReReviewDeadline, c.DueOn, c.AnsweredWithinLimit, c.History.Count);

    public static string CodeOf(InvalidOperationException error) => error.Message.Split(':')[0];

    public static string[] CodesOf(InvalidInputException error) => [.. error.Errors.Select(e => e.ErrorCode)];

    public static string[] Codes(PetitionRouting routing) => [.. routing.Reasons.Select(r => r.Code)];
}
