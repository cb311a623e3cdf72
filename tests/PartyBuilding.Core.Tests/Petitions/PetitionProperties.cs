using NodaTime;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Petitions.Validation;
using static PartyBuilding.Core.Tests.Petitions.PetitionFixtures;

namespace PartyBuilding.Core.Tests.Petitions;

public sealed class PetitionProperties
{
    [Property(Arbitrary = [typeof(PetitionArbitraries)], MaxTest = 500)]
    public Property Random_command_sequences_follow_the_model_and_never_reach_an_illegal_state(PetitionCommand[] commands)
    {
        var c = Received();
        var model = new PetitionCaseModel(Start, PetitionTier.Village);
        foreach (var command in commands)
        {
            var expected = model.Expect(command);
            var actual = PetitionCaseModel.TryApply(c, command);
            if (expected != actual)
            {
                return false.Label($"{command}: model expected {expected}, case gave {actual} in {c.State}");
            }

            if (actual == Outcome.Applied)
            {
                model.Commit(command);
            }

            if (c.State != model.State || c.Tier != model.Tier || c.DueOn != model.Due)
            {
                return false.Label($"{command}: model {model.State}/{model.Tier}/{model.Due}, case {c.State}/{c.Tier}/{c.DueOn}");
            }

            if (c.IsFinal != (c.ReReviewedOn is not null) || (c.IsFinal && c.State is not (PetitionState.ReReviewed or PetitionState.Closed)))
            {
                return false.Label("final outside a re-review");
            }

            if (c.HighestTier < c.Tier || (c.ReReviewTier is { } r && c.ReviewTier is { } v && r < v))
            {
                return false.Label("tiers fell on appeal");
            }
        }

        return (c.History.Count == model.Events).Label("history length")
            .And((Snapshot(PetitionCase.Replay(c.Intake, c.Policy, c.History)) == Snapshot(c)).Label("replay"));
    }

    [Property(MaxTest = 300)]
    public bool Deadlines_never_move_earlier_when_an_extension_is_granted(byte acceptedAfter, byte extendedAfter, PositiveInt days, PositiveInt maxDays)
    {
        var max = Math.Min(maxDays.Get, 3650);
        var policy = PetitionPolicy.Default with { MaxExtensionDays = max };
        var c = PetitionCase.Receive(Intake(), PolicySet.Of(policy));
        c.Accept(Day(acceptedAfter % 16));
        var before = c.HandlingDeadline!.Value;
        var on = c.AcceptedOn!.Value.PlusDays(extendedAfter % 61);
        var extension = ((days.Get - 1) % max) + 1;

        c.ExtendHandling(on, extension, "Complex boundary survey");

        return c.HandlingDeadline!.Value >= before && c.HandlingDeadline == before.PlusDays(extension) && c.DueOn >= before;
    }

    [Property(MaxTest = 200)]
    public bool A_hearing_never_moves_the_re_review_deadline_earlier(PositiveInt hearing)
    {
        var c = Answered();
        c.RequestReview(Day(41));
        c.AnswerReview(Day(50));
        c.RequestReReview(Day(51));
        var before = c.ReReviewDeadline!.Value;

        c.HoldHearing(Day(52), hearing.Get);

        return c.ReReviewDeadline!.Value >= before;
    }

    [Property(Arbitrary = [typeof(PetitionArbitraries)], MaxTest = 1000)]
    public Property Routing_is_total_and_deterministic(PetitionIntake intake)
    {
        var first = Router.Route(intake);
        var second = new PetitionRouter(FixturePolicies).Route(intake);

        var sameAnswer = first.Outcome == second.Outcome && first.Tier == second.Tier && first.ReportTo == second.ReportTo
            && first.Procedure == second.Procedure && Codes(first).SequenceEqual(Codes(second))
            && first.Reasons.Select(r => r.Message).SequenceEqual(second.Reasons.Select(r => r.Message));
        var shape = first.Outcome switch
        {
            RoutingOutcome.Handled => first.Procedure is null && first.Tier <= PetitionTier.County && (first.ReportTo is null) == (intake.Gravity != Gravity.Grave),
            RoutingOutcome.Diverted => first.Procedure is not null && first.Tier == intake.ReceivedAt && first.ReportTo is null,
            RoutingOutcome.Refused => intake.Prior is not null && first.Tier == intake.Prior.Tier && first.Reasons.Count == 1,
            _ => false,
        };

        return sameAnswer.Label("deterministic")
            .And(shape.Label($"shape of {first.Outcome}"))
            .And((first.Reasons.Count > 0 && first.PolicyLabel == PolicySet.DefaultLabel).Label("reasons and label"));
    }

    [Property(Arbitrary = [typeof(PetitionArbitraries)], MaxTest = 300)]
    public bool The_handling_tier_does_not_depend_on_where_a_matter_was_received(PetitionIntake intake)
    {
        var fresh = intake with { Prior = null };
        var tiers = new[] { PetitionTier.Village, PetitionTier.Township, PetitionTier.County }
            .Select(at => Router.Route(fresh with { ReceivedAt = at }))
            .Where(r => r.Outcome == RoutingOutcome.Handled)
            .Select(r => r.Tier)
            .Distinct();

        return tiers.Count() <= 1;
    }

    [Property(MaxTest = 500)]
    public bool The_routers_cheap_check_is_the_validator(bool id, bool petitioner, sbyte category, sbyte gravity, sbyte tier, sbyte representatives, sbyte petitioners, byte key, sbyte prior)
    {
        var intake = new PetitionIntake(id ? new PetitionId("p") : default, petitioner ? "Li" : " ", (MatterCategory)(category % 14), (Gravity)(gravity % 4), (PetitionTier)(tier % 5), Day(0))
        {
            Representatives = representatives % 8,
            Petitioners = petitioners % 10,
            MatterKey = (key % 3) switch { 0 => null, 1 => "", _ => "k" },
            Prior = (prior % 6) switch
            {
                0 => null,
                1 => new PriorFiling(PetitionTier.Village, Day(1)),
                2 => new PriorFiling(PetitionTier.AboveCounty, Day(-1)),
                3 => new PriorFiling(PetitionTier.Township, Day(-5)) { AnsweredOn = Day(-6), ExtensionDays = prior },
                4 => new PriorFiling(PetitionTier.County, Day(-5)) { Final = true },
                _ => new PriorFiling(PetitionTier.County, Day(-5)) { AnsweredOn = Day(-1), Final = true, ExtensionDays = prior % 40 },
            },
        };
        var validator = new PetitionIntakeValidator();

        return validator.Passes(intake) == validator.Validate(intake).IsValid;
    }
}
