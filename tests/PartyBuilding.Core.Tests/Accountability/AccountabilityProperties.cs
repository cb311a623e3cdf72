using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Validation;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class AccountabilityProperties
{
    private static readonly LocalDate DecidedOn = new(2026, 9, 15);

    private static int Rank(SanctionDecision d) =>
        d.Waived ? -1 : d.Level is { } level ? (int)level : (int)d.OrganizationLevel!.Value;

    [Property(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 300)]
    public bool Escalation_is_monotone_in_priors(EscalationFacts facts, PositiveInt daysBefore)
    {
        var request = facts.ToRequest(DecidedOn);
        var more = request with { PriorSubstantiatedOn = [.. request.PriorSubstantiatedOn, DecidedOn.PlusDays(-(daysBefore.Get % 400))] };

        var fewer = Escalator.Decide(request);
        var moreDecision = Escalator.Decide(more);

        return Rank(moreDecision) >= Rank(fewer) && (moreDecision.RequiresDisclosure || !fewer.RequiresDisclosure);
    }

    [Property(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 300)]
    public bool Escalation_is_monotone_in_impact(EscalationFacts facts)
    {
        var lower = Escalator.Decide(facts.ToRequest(DecidedOn));
        var higherImpact = facts.Impact == Impact.Serious ? Impact.Serious : facts.Impact + 1;
        var higher = Escalator.Decide((facts with { Impact = higherImpact }).ToRequest(DecidedOn));

        return Rank(higher) >= Rank(lower) && (higher.RequiresDisclosure || !lower.RequiresDisclosure);
    }

    [Property(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 300)]
    public bool The_level_never_leaves_its_ladder_whatever_the_steps(EscalationFacts facts, byte perPrior, byte obstruction, byte remedy)
    {
        var policy = AccountabilityPolicy.Default with { StepsPerPrior = perPrior, ObstructionSteps = obstruction, PromptRemedySteps = remedy };
        var decision = new AccountabilityEscalator(policy).Decide(facts.ToRequest(DecidedOn));

        if (decision.Waived)
        {
            return decision.Level is null && decision.OrganizationLevel is null && !decision.RequiresDisclosure;
        }

        return facts.Organization
            ? decision.Level is null && decision.OrganizationLevel is { } o && Enum.IsDefined(o)
            : decision.OrganizationLevel is null && decision.Level is { } l && Enum.IsDefined(l);
    }

    [Property(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 300)]
    public bool Serious_impact_always_requires_disclosure_unless_waived(EscalationFacts facts)
    {
        var decision = Escalator.Decide((facts with { Impact = Impact.Serious }).ToRequest(DecidedOn));

        return decision.Waived ? !decision.RequiresDisclosure : decision.RequiresDisclosure;
    }

    [Property(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 300)]
    public bool History_never_shrinks_and_always_replays_to_the_same_case(CaseCommand[] commands)
    {
        var c = Received();
        var count = c.History.Count;
        foreach (var command in commands)
        {
            CaseModel.TryApply(c, command);
            if (c.History.Count < count)
            {
                return false;
            }

            count = c.History.Count;
        }

        return Snapshot(AccountabilityCase.Replay(c.History)) == Snapshot(c);
    }

    [Property(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 500)]
    public Property Random_command_sequences_follow_the_model_and_never_close_without_a_finding_or_a_required_disclosure(CaseCommand[] commands)
    {
        var c = Received();
        var model = new CaseModel(Start);
        foreach (var command in commands)
        {
            var expected = model.Expect(command);
            var actual = CaseModel.TryApply(c, command);
            if (expected != actual)
            {
                return false.Label($"{command}: model expected {expected}, case gave {actual} in {c.State}");
            }

            if (actual == Outcome.Applied)
            {
                model.Commit(command, c);
            }

            if (c.State != model.State)
            {
                return false.Label($"{command}: model state {model.State}, case state {c.State}");
            }

            if (c.State == CaseState.Closed && (c.Finding is null || (c.RequiresDisclosure && c.DisclosedOn is null) || (c.IsSubstantiated && c.Decision is null)))
            {
                return false.Label("closed without a finding, a sanction or a required disclosure");
            }
        }

        return (c.History.Count == model.Events).Label("history length");
    }

    [Property(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 300)]
    public Property A_case_accepts_a_decision_only_when_its_finding_gives_it(EscalationFacts found, EscalationFacts decided)
    {
        var request = (decided with { Organization = found.Organization }).ToRequest(DecidedOn);
        var c = AccountabilityCase.Receive(new Complaint(new CaseId("case-p"), request.Subject, "complaint"), DecidedOn.PlusDays(-30), FixturePolicies);
        c.StartInvestigation(DecidedOn.PlusDays(-29));
        c.Conclude(DecidedOn.PlusDays(-1), Finding.Substantiated(found.Kind, found.Impact) with
        {
            ObstructedInvestigation = found.Obstructed,
            PromptRemedy = found.PromptRemedy,
            DissentRecorded = found.Dissent,
            ForceMajeure = found.ForceMajeure,
        });
        var given = Escalator.Decide(request);
        var own = Escalator.Decide(c, request.PriorSubstantiatedOn, DecidedOn);

        var accepted = CaseModel.TryApply(c, given);

        return (accepted == given.Equals(own)).Label($"accepted {accepted}, given {given}, own {own}")
            .And((!accepted || (c.RequiresDisclosure == own.RequiresDisclosure && c.Decision == own)).Label("accepted decision is the finding's own"))
            .And((accepted || c.State == CaseState.Concluded).Label("a refusal leaves the case concluded"));
    }

    [Property(MaxTest = 300)]
    public Property The_escalators_cheap_check_is_the_validator(bool subject, sbyte kind, sbyte impact, bool priors, byte label)
    {
        var request = new SanctionRequest
        {
            Subject = subject ? Cadre : null!,
            Kind = (MisconductKind)(kind % 5),
            Impact = (Impact)(impact % 5),
            DecidedOn = DecidedOn,
            PriorSubstantiatedOn = priors ? [DecidedOn.PlusDays(-1)] : null!,
            PolicyLabel = (label % 4) switch { 0 => null, 1 => "", 2 => " ", _ => PolicySet.DefaultLabel },
        };

        return (SanctionRequestValidator.Passes(request) == new SanctionRequestValidator().Validate(request).IsValid).ToProperty();
    }
}
