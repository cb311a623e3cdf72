using NodaTime;
using PartyBuilding.Core.Teams;

namespace PartyBuilding.Core.Tests.Teams;

public enum RectificationCommandKind
{
    ApprovePlan,
    CheckProgress,
    Extend,
    Accept,
}

public enum ModelOutcome
{
    Applied,
    RefusedTransition,
    RefusedInput,
}

/// <summary>One command: its kind, days after the previous event (may be negative), months of an extension, and whether its text is blank.</summary>
public sealed record RectificationCommand(RectificationCommandKind Kind, int DayOffset, int Months, bool Blank);

/// <summary>A plain model of the rectification machine, written from the rules (12 months, one extension of at most 6) rather than the code.</summary>
internal sealed class RectificationModel(LocalDate identified)
{
    private readonly LocalDate deadline = identified.PlusMonths(12);
    private LocalDate last = identified;
    private bool extended;

    public RectificationState State { get; private set; } = RectificationState.Identified;

    public int Events { get; private set; } = 1;

    public ModelOutcome Expect(RectificationCommand command)
    {
        var on = last.PlusDays(command.DayOffset);
        if (State == RectificationState.Accepted || on < last)
        {
            return ModelOutcome.RefusedTransition;
        }

        return command.Kind switch
        {
            RectificationCommandKind.ApprovePlan => Text(State == RectificationState.Identified, command),
            RectificationCommandKind.CheckProgress => Text(State == RectificationState.PlanApproved, command),
            RectificationCommandKind.Extend =>
                State != RectificationState.ProgressChecked || extended || on > deadline ? ModelOutcome.RefusedTransition
                : command.Months < 1 || command.Months > 6 || command.Blank ? ModelOutcome.RefusedInput
                : ModelOutcome.Applied,
            _ => State == RectificationState.ProgressChecked ? ModelOutcome.Applied : ModelOutcome.RefusedTransition,
        };
    }

    private static ModelOutcome Text(bool allowed, RectificationCommand command) =>
        !allowed ? ModelOutcome.RefusedTransition : command.Blank ? ModelOutcome.RefusedInput : ModelOutcome.Applied;

    public void Commit(RectificationCommand command)
    {
        last = last.PlusDays(command.DayOffset);
        Events++;
        switch (command.Kind)
        {
            case RectificationCommandKind.ApprovePlan:
                State = RectificationState.PlanApproved;
                break;
            case RectificationCommandKind.CheckProgress:
                State = RectificationState.ProgressChecked;
                break;
            case RectificationCommandKind.Extend:
                extended = true;
                break;
            default:
                State = RectificationState.Accepted;
                break;
        }
    }

    public static ModelOutcome Apply(RectificationCase actual, RectificationCommand command)
    {
        var on = actual.History[^1].On.PlusDays(command.DayOffset);
        var text = command.Blank ? " " : "Text";
        try
        {
            switch (command.Kind)
            {
                case RectificationCommandKind.ApprovePlan:
                    actual.ApprovePlan(on, text);
                    break;
                case RectificationCommandKind.CheckProgress:
                    actual.CheckProgress(on, text);
                    break;
                case RectificationCommandKind.Extend:
                    actual.Extend(on, command.Months, text);
                    break;
                default:
                    actual.Accept(on);
                    break;
            }

            return ModelOutcome.Applied;
        }
        catch (InvalidInputException e) when (e.Codes.All(c => c.StartsWith("TEAM.", StringComparison.Ordinal)))
        {
            return ModelOutcome.RefusedInput;
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("TEAM.", StringComparison.Ordinal))
        {
            return ModelOutcome.RefusedTransition;
        }
    }
}
