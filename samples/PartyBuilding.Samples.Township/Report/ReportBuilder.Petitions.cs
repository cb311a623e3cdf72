using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Petitions;
using PartyBuilding.Core.Petitions.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The petitions section: a quarter's petitions routed, replayed as cases to the report date, and queried.</summary>
internal sealed partial class ReportBuilder
{
    private PetitionSection BuildPetitions(TownshipData data, LocalDate asOf)
    {
        var router = services.GetRequiredService<IPetitionRouter>();
        var policies = services.GetRequiredService<PolicySet<PetitionPolicy>>();
        var quarter = QuarterBefore(asOf);
        var seen = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        var rows = new List<PetitionRow>();
        var summaries = new List<PetitionSummary>();
        foreach (var (record, index) in data.Petitions.Where(p => p.ReceivedOn <= asOf).OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id, StringComparer.Ordinal).Select((p, i) => (p, i)))
        {
            var (routing, petition) = mapper.Guarded($"petitions[{index}] (id '{record.Id}')", () => Replay(record, asOf, router, policies));
            LocalDate? previous = record.MatterKey is { } key && seen.TryGetValue(key, out var first) ? first : null;
            if (record.MatterKey is { } matter)
            {
                seen.TryAdd(matter, record.ReceivedOn);
            }

            summaries.Add(PetitionSummary.Of(petition, previous));
            rows.Add(new PetitionRow(
                record.Id, record.Village, record.Category.ToString(), record.Gravity.ToString(), record.ReceivedAt.ToString(), record.ReceivedOn,
                routing.Outcome.ToString(), routing.Tier.ToString(), routing.ReportTo?.ToString(), petition.State.ToString(), petition.HighestTier.ToString(),
                petition.DueOn, petition.IsOverdueOn(asOf), routing.Reasons));
        }

        var figures = PetitionFigures.Of(summaries, quarter.From, quarter.To);
        string[] Ids(Ardalis.Specification.ISpecification<PetitionSummary> spec) => [.. spec.Evaluate(summaries).Select(s => s.Id.Value)];
        return new PetitionSection
        {
            From = quarter.From,
            To = quarter.To,
            Received = figures.Received,
            ByState = Enum.GetValues<PetitionState>().ToDictionary(s => s.ToString(), s => summaries.Count(p => p.State == s)),
            All = rows,
            VillageResolution = figures.VillageResolutionShare is null ? null : RateRow.Of(figures.ResolvedAtVillage, figures.ReceivedAtVillage),
            ResolvedAtVillage = figures.ResolvedAtVillage,
            ReceivedAtVillage = figures.ReceivedAtVillage,
            AnsweredInTime = figures.AnsweredInTimeShare is null ? null : RateRow.Of(figures.AnsweredInTime, figures.Answered),
            AnsweredWithinLimit = figures.AnsweredInTime,
            Answered = figures.Answered,
            ReviewsByTier = Enum.GetValues<PetitionTier>().ToDictionary(t => t.ToString(), t => figures.ReviewsByTier[(int)t]),
            ReReviewsByTier = Enum.GetValues<PetitionTier>().ToDictionary(t => t.ToString(), t => figures.ReReviewsByTier[(int)t]),
            Overdue = Ids(new PetitionsOverdueSpec(asOf)),
            EscalatedBeyondVillage = Ids(new PetitionsEscalatedBeyondSpec(PetitionTier.Village, quarter.From, quarter.To)),
            EscalatedBeyondTownship = Ids(new PetitionsEscalatedBeyondSpec(PetitionTier.Township, quarter.From, quarter.To)),
            ReviewsPending = Ids(new PetitionReviewsPendingSpec()),
            RepeatFilings = Ids(new RepeatFilingsSpec(quarter.From, asOf)),
        };
    }

    /// <summary>The last full calendar quarter before <paramref name="asOf"/>.</summary>
    private static (LocalDate From, LocalDate To) QuarterBefore(LocalDate asOf)
    {
        var thisQuarter = new LocalDate(asOf.Year, (((asOf.Month - 1) / 3) * 3) + 1, 1);
        return (thisQuarter.PlusMonths(-3), thisQuarter.PlusDays(-1));
    }

    private static (PetitionRouting Routing, PetitionCase Petition) Replay(PetitionRecord record, LocalDate asOf, IPetitionRouter router, PolicySet<PetitionPolicy> policies)
    {
        var intake = new PetitionIntake(new PetitionId(record.Id), record.Petitioner, record.Category, record.Gravity, record.ReceivedAt, record.ReceivedOn)
        {
            Petitioners = record.Petitioners,
            Representatives = record.Representatives,
            MatterKey = record.MatterKey,
            Prior = record.Prior,
        };
        var routing = router.Route(intake);
        var petition = PetitionCase.Receive(intake, policies);
        foreach (var step in record.Steps.Where(s => s.On <= asOf))
        {
            switch (step.Kind)
            {
                case PetitionStepKind.Transfer: petition.Transfer(step.On, step.Tier ?? routing.Tier); break;
                case PetitionStepKind.Object: petition.ObjectToTransfer(step.On); break;
                case PetitionStepKind.Accept: petition.Accept(step.On); break;
                case PetitionStepKind.NotAccept: petition.NotAccept(step.On, step.Note ?? string.Empty); break;
                case PetitionStepKind.Divert: petition.Divert(step.On, step.Procedure ?? routing.Procedure ?? default); break;
                case PetitionStepKind.Extend: petition.ExtendHandling(step.On, step.Days, step.Note ?? string.Empty); break;
                case PetitionStepKind.Answer: petition.Answer(step.On); break;
                case PetitionStepKind.RequestReview: petition.RequestReview(step.On); break;
                case PetitionStepKind.AnswerReview: petition.AnswerReview(step.On); break;
                case PetitionStepKind.RequestReReview: petition.RequestReReview(step.On); break;
                case PetitionStepKind.Hearing: petition.HoldHearing(step.On, step.Days); break;
                case PetitionStepKind.AnswerReReview: petition.AnswerReReview(step.On); break;
                case PetitionStepKind.Close: petition.Close(step.On); break;
            }
        }

        return (routing, petition);
    }
}

/// <summary>A quarter's petitions: routing, state and deadline of each, the township's exact figures, and the specifications' answers.</summary>
internal sealed record PetitionSection
{
    public required LocalDate From { get; init; }

    public required LocalDate To { get; init; }

    /// <summary>Petitions received in the quarter.</summary>
    public required int Received { get; init; }

    /// <summary>Petitions per state on the report date (every petition listed, the quarter's and later ones).</summary>
    public required IReadOnlyDictionary<string, int> ByState { get; init; }

    public required IReadOnlyList<PetitionRow> All { get; init; }

    /// <summary>Resolved at the village tier ÷ received there, in the quarter; null when none was received there.</summary>
    public required RateRow? VillageResolution { get; init; }

    public required int ResolvedAtVillage { get; init; }

    public required int ReceivedAtVillage { get; init; }

    /// <summary>Answered within the limit ÷ answered, in the quarter; null when none was answered.</summary>
    public required RateRow? AnsweredInTime { get; init; }

    public required int AnsweredWithinLimit { get; init; }

    public required int Answered { get; init; }

    public required IReadOnlyDictionary<string, int> ReviewsByTier { get; init; }

    public required IReadOnlyDictionary<string, int> ReReviewsByTier { get; init; }

    public required IReadOnlyList<string> Overdue { get; init; }

    public required IReadOnlyList<string> EscalatedBeyondVillage { get; init; }

    public required IReadOnlyList<string> EscalatedBeyondTownship { get; init; }

    public required IReadOnlyList<string> ReviewsPending { get; init; }

    public required IReadOnlyList<string> RepeatFilings { get; init; }
}

internal sealed record PetitionRow(
    string Id,
    string Village,
    string Category,
    string Gravity,
    string ReceivedAt,
    LocalDate ReceivedOn,
    string Routing,
    string RoutedTier,
    string? ReportTo,
    string State,
    string HighestTier,
    LocalDate? DueOn,
    bool Overdue,
    IReadOnlyList<Reason> Reasons);
