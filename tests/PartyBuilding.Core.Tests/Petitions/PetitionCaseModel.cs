using NodaTime;
using PartyBuilding.Core.Petitions;

namespace PartyBuilding.Core.Tests.Petitions;

public enum PetitionCommandKind
{
    Transfer,
    Object,
    Accept,
    NotAccept,
    Divert,
    Extend,
    Answer,
    RequestReview,
    AnswerReview,
    RequestReReview,
    Hearing,
    AnswerReReview,
    Close,
}

/// <summary>One command a model-based property applies to a case: a kind, a day offset and two parameters.</summary>
public sealed record PetitionCommand(PetitionCommandKind Kind, int DayOffset, int First, int Second)
{
    public override string ToString() => $"{Kind}(+{DayOffset}d, {First}, {Second})";
}

public enum Outcome
{
    Applied,
    RefusedTransition,
    RefusedInput,
}

/// <summary>A plain model of the petition's state machine and limits, written from the rules (信访工作条例) rather than from the code.</summary>
internal sealed class PetitionCaseModel(LocalDate received, PetitionTier receivedAt)
{
    private LocalDate last = received;
    private LocalDate routingFrom = received;
    private PetitionTier tier = receivedAt;
    private PetitionTier? sentBy;
    private LocalDate? transferred;
    private LocalDate? accepted;
    private bool extended;
    private int extension;
    private LocalDate? answered;
    private LocalDate? reviewRequested;
    private LocalDate? reviewed;
    private LocalDate? reReviewRequested;
    private int hearing;
    private bool final;

    public PetitionState State { get; private set; } = PetitionState.Received;

    public int Events { get; private set; } = 1;

    /// <summary>The deadline the case owes as the model sees it: 15 / 15 / 60 + extension / 30 / 30 + hearing days.</summary>
    public LocalDate? Due => State switch
    {
        PetitionState.Received => (transferred ?? routingFrom).PlusDays(15),
        PetitionState.Accepted => accepted!.Value.PlusDays(60 + extension),
        PetitionState.ReviewRequested => reviewRequested!.Value.PlusDays(30),
        PetitionState.ReReviewRequested => reReviewRequested!.Value.PlusDays(30 + hearing),
        _ => null,
    };

    public static PetitionTier TierOf(PetitionCommand command) => (PetitionTier)(Math.Abs(command.First) % 5);

    public Outcome Expect(PetitionCommand command)
    {
        var on = last.PlusDays(command.DayOffset);
        if (State == PetitionState.Closed || on < last)
        {
            return Outcome.RefusedTransition;
        }

        return command.Kind switch
        {
            PetitionCommandKind.Transfer => State != PetitionState.Received ? Outcome.RefusedTransition
                : TierOf(command) is not (PetitionTier.Village or PetitionTier.Township or PetitionTier.County) ? Outcome.RefusedInput
                : TierOf(command) == tier ? Outcome.RefusedTransition
                : Outcome.Applied,
            PetitionCommandKind.Object => Allowed(State == PetitionState.Received && transferred is { } t && on <= FifthWorkingDayAfter(t)),
            PetitionCommandKind.Accept => Allowed(State == PetitionState.Received),
            PetitionCommandKind.NotAccept => State != PetitionState.Received ? Outcome.RefusedTransition : command.Second == 0 ? Outcome.RefusedInput : Outcome.Applied,
            PetitionCommandKind.Divert => State != PetitionState.Received ? Outcome.RefusedTransition : command.Second == 0 ? Outcome.RefusedInput : Outcome.Applied,
            PetitionCommandKind.Extend =>
                State != PetitionState.Accepted || extended || on > accepted!.Value.PlusDays(60) ? Outcome.RefusedTransition
                : command.First < 1 || command.First > 30 || command.Second == 0 ? Outcome.RefusedInput
                : Outcome.Applied,
            PetitionCommandKind.Answer => Allowed(State == PetitionState.Accepted),
            PetitionCommandKind.RequestReview => Allowed(!final && State == PetitionState.Answered && on <= answered!.Value.PlusDays(30)),
            PetitionCommandKind.AnswerReview => Allowed(State == PetitionState.ReviewRequested),
            PetitionCommandKind.RequestReReview => Allowed(!final && State == PetitionState.Reviewed && on <= reviewed!.Value.PlusDays(30)),
            PetitionCommandKind.Hearing => State != PetitionState.ReReviewRequested ? Outcome.RefusedTransition : command.First < 1 ? Outcome.RefusedInput : Outcome.Applied,
            PetitionCommandKind.AnswerReReview => Allowed(State == PetitionState.ReReviewRequested),
            PetitionCommandKind.Close => Allowed(State switch
            {
                PetitionState.Answered => on > answered!.Value.PlusDays(30),
                PetitionState.Reviewed => on > reviewed!.Value.PlusDays(30),
                PetitionState.ReReviewed or PetitionState.NotAccepted or PetitionState.Diverted => true,
                _ => false,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    public void Commit(PetitionCommand command)
    {
        last = last.PlusDays(command.DayOffset);
        Events++;
        switch (command.Kind)
        {
            case PetitionCommandKind.Transfer:
                sentBy = tier;
                tier = TierOf(command);
                transferred = last;
                break;
            case PetitionCommandKind.Object:
                tier = sentBy!.Value;
                transferred = null;
                routingFrom = last;
                break;
            case PetitionCommandKind.Accept:
                accepted = last;
                State = PetitionState.Accepted;
                break;
            case PetitionCommandKind.NotAccept:
                State = PetitionState.NotAccepted;
                break;
            case PetitionCommandKind.Divert:
                State = PetitionState.Diverted;
                break;
            case PetitionCommandKind.Extend:
                extended = true;
                extension = command.First;
                break;
            case PetitionCommandKind.Answer:
                answered = last;
                State = PetitionState.Answered;
                break;
            case PetitionCommandKind.RequestReview:
                reviewRequested = last;
                State = PetitionState.ReviewRequested;
                break;
            case PetitionCommandKind.AnswerReview:
                reviewed = last;
                State = PetitionState.Reviewed;
                break;
            case PetitionCommandKind.RequestReReview:
                reReviewRequested = last;
                State = PetitionState.ReReviewRequested;
                break;
            case PetitionCommandKind.Hearing:
                hearing += command.First;
                break;
            case PetitionCommandKind.AnswerReReview:
                final = true;
                State = PetitionState.ReReviewed;
                break;
            case PetitionCommandKind.Close:
                State = PetitionState.Closed;
                break;
        }
    }

    public PetitionTier Tier => tier;

    /// <summary>Applies a command to the real case and reports how it went.</summary>
    public static Outcome TryApply(PetitionCase c, PetitionCommand command)
    {
        var on = c.History[^1].On.PlusDays(command.DayOffset);
        var count = c.History.Count;
        try
        {
            switch (command.Kind)
            {
                case PetitionCommandKind.Transfer: c.Transfer(on, TierOf(command)); break;
                case PetitionCommandKind.Object: c.ObjectToTransfer(on); break;
                case PetitionCommandKind.Accept: c.Accept(on); break;
                case PetitionCommandKind.NotAccept: c.NotAccept(on, command.Second == 0 ? " " : "No facts given"); break;
                case PetitionCommandKind.Divert: c.Divert(on, command.Second == 0 ? (OtherProcedure)9 : (OtherProcedure)(command.Second % 4)); break;
                case PetitionCommandKind.Extend: c.ExtendHandling(on, command.First, command.Second == 0 ? "" : "Survey needed"); break;
                case PetitionCommandKind.Answer: c.Answer(on); break;
                case PetitionCommandKind.RequestReview: c.RequestReview(on); break;
                case PetitionCommandKind.AnswerReview: c.AnswerReview(on); break;
                case PetitionCommandKind.RequestReReview: c.RequestReReview(on); break;
                case PetitionCommandKind.Hearing: c.HoldHearing(on, command.First); break;
                case PetitionCommandKind.AnswerReReview: c.AnswerReReview(on); break;
                case PetitionCommandKind.Close: c.Close(on); break;
            }
        }
        catch (InvalidInputException)
        {
            return c.History.Count == count ? Outcome.RefusedInput : throw new InvalidOperationException("a refused command changed the history");
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("PET.", StringComparison.Ordinal))
        {
            return c.History.Count == count ? Outcome.RefusedTransition : throw new InvalidOperationException("a refused command changed the history");
        }

        return Outcome.Applied;
    }

    private static Outcome Allowed(bool allowed) => allowed ? Outcome.Applied : Outcome.RefusedTransition;

    /// <summary>Monday to Friday, counted by hand.</summary>
    private static LocalDate FifthWorkingDayAfter(LocalDate start)
    {
        var day = start;
        for (var n = 0; n < 5;)
        {
            day = day.PlusDays(1);
            if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                n++;
            }
        }

        return day;
    }
}
