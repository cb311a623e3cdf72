using NodaTime;
using PartyBuilding.Core.Teams;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>
/// The village teams: the facts the township keeps of its own (secretary posts, development candidates, the annual
/// assessment score, a satisfaction survey, mid-term inspections, rectifications, cadre training). Meetings held and
/// petitions in the period are plain fields here until the education and petitions sections supply them.
/// </summary>
internal static partial class MazhuTown
{
    private static TeamsRecord Teams()
    {
        static LocalDate D(int year, int month, int day) => new(year, month, day);
        static VillageTeamRecord Village(int v, int score, int held = 12, int petitions = 0, string satisfaction = "88/100", LocalDate? candidate = null) => new()
        {
            Organization = $"V{v:00}",
            Cadres = [$"cadre-{v:00}"],
            AssessmentScore = score,
            RequiredMeetingsDue = 12,
            RequiredMeetingsHeld = held,
            PetitionsInPeriod = petitions,
            PublicSatisfaction = satisfaction,
            LastDevelopmentCandidateOn = candidate ?? D(2026, 3, 1 + v),
        };

        return new TeamsRecord
        {
            Villages =
            [
                Village(1, 91) with { MidTermInspectedOn = D(2025, 6, 20), MidTermFinding = MidTermFinding.Good },
                Village(2, 88) with { MidTermInspectedOn = D(2026, 7, 15), MidTermFinding = MidTermFinding.Good },
                Village(3, 74, petitions: 6) with { MidTermInspectedOn = D(2026, 8, 20), MidTermFinding = MidTermFinding.Poor },
                Village(4, 79) with { SecretaryVacantSince = D(2026, 6, 1), WorkStalled = true },
                Village(5, 85, held: 10) with { MidTermInspectedOn = D(2025, 10, 28), MidTermFinding = MidTermFinding.Fair },
                Village(6, 72, held: 8, satisfaction: "63/100"),
                Village(7, 61, satisfaction: "52/100", candidate: D(2024, 5, 18)) with { MidTermInspectedOn = D(2026, 11, 10), MidTermFinding = MidTermFinding.Fair },
                Village(8, 83),
                Village(9, 80) with { MidTermInspectedOn = D(2026, 3, 1), MidTermFinding = MidTermFinding.Good, CadresAdjusted = ["cadre-09"] },
                Village(10, 77, held: 11),
                Village(11, 76),
                Village(12, 86) with { ElectionCompletedOnTime = false },
            ],
            Rectifications =
            [
                new() { Id = "RC-2025-01", Organization = "V10", IdentifiedOn = D(2025, 5, 1), Criteria = [WeakTeamCriterion.SecretaryVacant], Steps =
                    [new() { Kind = RectificationStepKind.ApprovePlan, On = D(2025, 5, 20), Text = "By-elect a secretary within three months" }] },
                new() { Id = "RC-2025-03", Organization = "V12", IdentifiedOn = D(2025, 9, 1), Criteria = [WeakTeamCriterion.PetitionsConcentrated, WeakTeamCriterion.LowSatisfaction], Steps =
                    [
                        new() { Kind = RectificationStepKind.ApprovePlan, On = D(2025, 9, 20), Text = "A petition desk in the village office; land accounts disclosed" },
                        new() { Kind = RectificationStepKind.CheckProgress, On = D(2026, 2, 25), Text = "Petitions down from 9 to 2; accounts posted monthly" },
                        new() { Kind = RectificationStepKind.Accept, On = D(2026, 8, 28) },
                    ] },
                new() { Id = "RC-2026-01", Organization = "V06", IdentifiedOn = D(2026, 1, 12), Criteria = [WeakTeamCriterion.MeetingsNotHeld, WeakTeamCriterion.LowSatisfaction], Steps =
                    [
                        new() { Kind = RectificationStepKind.ApprovePlan, On = D(2026, 1, 30), Text = "Monthly members' meetings; a township instructor assigned" },
                        new() { Kind = RectificationStepKind.CheckProgress, On = D(2026, 7, 10), Text = "8 of 12 meetings held; survey in December" },
                    ] },
            ],
            Cadres =
            [
                new() { Cadre = "cadre-01", ElectedOn = D(2024, 1, 1), NewCadre = false, Sessions = [new(D(2025, 4, 12), 3), new(D(2026, 5, 10), 2)] },
                new() { Cadre = "cadre-05", ElectedOn = D(2023, 5, 5), NewCadre = false, Sessions = [new(D(2024, 6, 3), 3)] },
                new() { Cadre = "cadre-08", ElectedOn = D(2024, 8, 8), NewCadre = false, Sessions = [new(D(2025, 3, 2), 4), new(D(2026, 4, 8), 3)],
                    Posts = [new(CadrePostKind.Temporary, D(2026, 3, 1), D(2026, 12, 31))] },
                new() { Cadre = "cadre-13", ElectedOn = D(2026, 8, 18), Sessions = [new(D(2026, 9, 10), 3)], Posts = [new(CadrePostKind.Assistant, D(2026, 8, 18), D(2027, 2, 18))] },
                new() { Cadre = "cadre-14", ElectedOn = D(2026, 7, 1) },
            ],
        };
    }
}

/// <summary>What the township records about its village teams (the plain data the teams rules read).</summary>
internal sealed record TeamsRecord
{
    public List<VillageTeamRecord> Villages { get; init; } = [];

    public List<RectificationRecord> Rectifications { get; init; } = [];

    public List<CadreTrainingData> Cadres { get; init; } = [];
}

/// <summary>One cadre's training record, as the library's <see cref="CadreTrainingRecord"/> with a plain id.</summary>
internal sealed record CadreTrainingData
{
    public required string Cadre { get; init; }

    public LocalDate ElectedOn { get; init; }

    public bool NewCadre { get; init; } = true;

    public List<TrainingSession> Sessions { get; init; } = [];

    public List<CadrePost> Posts { get; init; } = [];
}

/// <summary>One village team. <c>RequiredMeetings*</c> and <c>PetitionsInPeriod</c> count only for a village the education or petitions section does not cover.</summary>
internal sealed record VillageTeamRecord
{
    public required string Organization { get; init; }

    /// <summary>The village's cadres (evaluated in the democratic evaluation, subjects of accountability cases).</summary>
    public List<string> Cadres { get; init; } = [];

    /// <summary>Cadres already adjusted (so an evaluation Adjust or an adjustment sanction no longer counts).</summary>
    public List<string> CadresAdjusted { get; init; } = [];

    public LocalDate? SecretaryVacantSince { get; init; }

    public bool WorkStalled { get; init; }

    public int RequiredMeetingsDue { get; init; }

    public int RequiredMeetingsHeld { get; init; }

    public LocalDate? LastDevelopmentCandidateOn { get; init; }

    public int PetitionsInPeriod { get; init; }

    /// <summary>The annual assessment score; the report ranks the villages by it.</summary>
    public int AssessmentScore { get; init; }

    /// <summary>Public satisfaction as a fraction such as 88/100, or null when not surveyed.</summary>
    public string? PublicSatisfaction { get; init; }

    public bool ElectionCompletedOnTime { get; init; } = true;

    public LocalDate? MidTermInspectedOn { get; init; }

    public MidTermFinding? MidTermFinding { get; init; }
}

internal enum RectificationStepKind
{
    ApprovePlan,
    CheckProgress,
    Extend,
    Accept,
}

internal sealed record RectificationRecord
{
    public required string Id { get; init; }

    public required string Organization { get; init; }

    public LocalDate IdentifiedOn { get; init; }

    public List<WeakTeamCriterion> Criteria { get; init; } = [];

    public List<RectificationStepRecord> Steps { get; init; } = [];
}

internal sealed record RectificationStepRecord
{
    public RectificationStepKind Kind { get; init; }

    public LocalDate On { get; init; }

    public string? Text { get; init; }

    public int Months { get; init; }
}
