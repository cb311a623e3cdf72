using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Tests.TestSupport;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public enum Outcome
{
    Applied,
    RefusedTransition,
    RefusedInput,
}

/// <summary>A plain model of the case's state machine, written from the rules rather than from the code.</summary>
internal sealed class CaseModel(LocalDate received)
{
    private const int ConcludeDays = 60;
    private const int MaxExtension = 30;

    private LocalDate last = received;
    private LocalDate? accepted;
    private bool extended;
    private int extensionDays;
    private bool substantiated;
    private bool disclosureRequired;

    public CaseState State { get; private set; } = CaseState.Received;

    public int Events { get; private set; } = 1;

    public Outcome Expect(CaseCommand command)
    {
        var on = last.PlusDays(command.DayOffset);
        if (State == CaseState.Closed || on < last)
        {
            return Outcome.RefusedTransition;
        }

        return command.Kind switch
        {
            CaseCommandKind.StartInvestigation => Allowed(State == CaseState.Received),
            CaseCommandKind.ExtendDeadline =>
                State != CaseState.Investigating || extended || on > accepted!.Value.PlusDays(ConcludeDays + extensionDays) ? Outcome.RefusedTransition
                : command.First < 1 || command.First > MaxExtension || command.Second == 0 ? Outcome.RefusedInput
                : Outcome.Applied,
            CaseCommandKind.RecordProgress => Outcome.Applied,
            CaseCommandKind.ConcludeSubstantiated or CaseCommandKind.ConcludeUnsubstantiated => Allowed(State == CaseState.Investigating),
            CaseCommandKind.Sanction => Allowed(State == CaseState.Concluded && substantiated),
            CaseCommandKind.Disclose => Allowed(State == CaseState.Sanctioned && disclosureRequired),
            CaseCommandKind.Close => Allowed(State switch
            {
                CaseState.Concluded => !substantiated,
                CaseState.Sanctioned => !disclosureRequired,
                CaseState.Disclosed => true,
                _ => false,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    public void Commit(CaseCommand command, AccountabilityCase actual)
    {
        last = last.PlusDays(command.DayOffset);
        Events++;
        switch (command.Kind)
        {
            case CaseCommandKind.StartInvestigation:
                accepted = last;
                State = CaseState.Investigating;
                break;
            case CaseCommandKind.ExtendDeadline:
                extended = true;
                extensionDays = command.First;
                break;
            case CaseCommandKind.ConcludeSubstantiated:
                substantiated = true;
                State = CaseState.Concluded;
                break;
            case CaseCommandKind.ConcludeUnsubstantiated:
                State = CaseState.Concluded;
                break;
            case CaseCommandKind.Sanction:
                // The escalator decides; the model only reads whether that decision requires disclosure.
                disclosureRequired = actual.Decision!.RequiresDisclosure;
                State = CaseState.Sanctioned;
                break;
            case CaseCommandKind.Disclose:
                State = CaseState.Disclosed;
                break;
            case CaseCommandKind.Close:
                State = CaseState.Closed;
                break;
        }
    }

    /// <summary>Applies a command to the real case and reports how it went.</summary>
    public static Outcome TryApply(AccountabilityCase c, CaseCommand command)
    {
        var on = c.History[^1].On.PlusDays(command.DayOffset);
        var count = c.History.Count;
        try
        {
            switch (command.Kind)
            {
                case CaseCommandKind.StartInvestigation:
                    c.StartInvestigation(on);
                    break;
                case CaseCommandKind.ExtendDeadline:
                    c.ExtendDeadline(on, command.First, command.Second == 0 ? " " : "Witnesses away");
                    break;
                case CaseCommandKind.RecordProgress:
                    c.RecordProgress(on, "note");
                    break;
                case CaseCommandKind.ConcludeSubstantiated:
                    var finding = Finding.Substantiated((MisconductKind)(command.Second % 3), (Impact)(Math.Abs(command.First) % 3)) with
                    {
                        PromptRemedy = command.Second == 7,
                        DissentRecorded = command.Second == 8,
                    };
                    c.Conclude(on, finding);
                    break;
                case CaseCommandKind.ConcludeUnsubstantiated:
                    c.Conclude(on, Finding.Unsubstantiated("No evidence"));
                    break;
                case CaseCommandKind.Sanction:
                    var priors = Enumerable.Range(0, command.Second).Select(i => on.PlusDays(-1 - (i * 60))).ToArray();
                    var decision = c.State == CaseState.Concluded && c.IsSubstantiated
                        ? Escalator.Decide(c, priors, on)
                        : Escalator.Decide(new SanctionRequest { Subject = c.Subject, Kind = MisconductKind.Inaction, Impact = Impact.Serious, DecidedOn = on });
                    c.Sanction(on, decision);
                    break;
                case CaseCommandKind.Disclose:
                    c.Disclose(on);
                    break;
                case CaseCommandKind.Close:
                    c.Close(on);
                    break;
            }
        }
        catch (InvalidInputException)
        {
            return c.History.Count == count ? Outcome.RefusedInput : throw new InvalidOperationException("a refused command changed the history");
        }
        catch (InvalidOperationException)
        {
            return c.History.Count == count ? Outcome.RefusedTransition : throw new InvalidOperationException("a refused command changed the history");
        }

        return Outcome.Applied;
    }

    /// <summary>Records <paramref name="decision"/> on the day it was made; false when the case refuses it as input.</summary>
    public static bool TryApply(AccountabilityCase c, SanctionDecision decision)
    {
        try
        {
            c.Sanction(decision.DecidedOn, decision);
            return true;
        }
        catch (InvalidInputException)
        {
            return false;
        }
    }

    private static Outcome Allowed(bool allowed) => allowed ? Outcome.Applied : Outcome.RefusedTransition;
}
