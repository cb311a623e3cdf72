using NodaTime;
using PartyBuilding.Core.Accountability;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>Complaints from the masses in every state of the "four unities" (四个一律).</summary>
internal static partial class MazhuTown
{
    private static List<CaseRecord> Cases()
    {
        static LocalDate D(int month, int day) => new(2026, month, day);
        static CaseStep Step(CaseStepKind kind, LocalDate on) => new() { Kind = kind, On = on };
        static CaseStep Found(LocalDate on, MisconductKind kind, Impact impact, bool obstructed = false, bool remedy = false, bool dissent = false) =>
            new() { Kind = CaseStepKind.Conclude, On = on, Substantiated = true, Misconduct = kind, Impact = impact, ObstructedInvestigation = obstructed, PromptRemedy = remedy, DissentRecorded = dissent };

        return
        [
            new() { Id = "2026-001", Subject = "cadre-03", Summary = "Land-contract certificates withheld", ReceivedOn = D(3, 2), Steps =
                [Step(CaseStepKind.StartInvestigation, D(3, 10)), Found(D(4, 20), MisconductKind.Inaction, Impact.Significant), Step(CaseStepKind.Sanction, D(4, 25)), Step(CaseStepKind.Close, D(4, 30))] },
            new() { Id = "2026-004", Subject = "cadre-07", Summary = "Subsidy list not disclosed", ReceivedOn = D(4, 8), Steps =
                [Step(CaseStepKind.StartInvestigation, D(4, 15)), new() { Kind = CaseStepKind.Conclude, On = D(5, 30), Reason = "list was posted on time" }, Step(CaseStepKind.Close, D(6, 2))] },
            new() { Id = "2026-009", Subject = "cadre-03", Summary = "Certificates still withheld after rectification order", ReceivedOn = D(7, 2), PriorSubstantiatedOn = [D(4, 20)], Steps =
                [Step(CaseStepKind.StartInvestigation, D(7, 6)), new() { Kind = CaseStepKind.Extend, On = D(8, 30), Days = 20, Reason = "records held by the county archive" },
                 Found(D(9, 20), MisconductKind.Inaction, Impact.Serious, obstructed: true), Step(CaseStepKind.Sanction, D(9, 25)), Step(CaseStepKind.Disclose, D(9, 28)), Step(CaseStepKind.Close, D(9, 30))] },
            new() { Id = "2026-011", Subject = "cadre-11", Summary = "Collective land leased without villager vote", ReceivedOn = D(8, 12), Steps =
                [Step(CaseStepKind.StartInvestigation, D(8, 18)), Found(D(10, 9), MisconductKind.RuleViolation, Impact.Serious), Step(CaseStepKind.Sanction, D(10, 20))] },
            new() { Id = "2026-013", Subject = "V06", SubjectIsOrganization = true, Summary = "Village affairs disclosure board empty for a year", ReceivedOn = D(9, 1), Steps =
                [Step(CaseStepKind.StartInvestigation, D(9, 5)), Found(D(10, 15), MisconductKind.Inaction, Impact.Significant), Step(CaseStepKind.Sanction, D(10, 22))] },
            new() { Id = "2026-014", Subject = "cadre-05", Summary = "Fees charged for a free certificate", ReceivedOn = D(9, 10), Steps =
                [Step(CaseStepKind.StartInvestigation, D(9, 14)), Found(D(10, 28), MisconductKind.DisorderlyAction, Impact.Minor, remedy: true)] },
            new() { Id = "2026-015", Subject = "cadre-09", Summary = "Road repair funds spent without approval", ReceivedOn = D(9, 3), Steps =
                [Step(CaseStepKind.StartInvestigation, D(9, 8))] },
            new() { Id = "2026-016", Subject = "cadre-02", Summary = "Petition forwarded without reply", ReceivedOn = D(10, 6), Steps =
                [Step(CaseStepKind.StartInvestigation, D(10, 12)), Found(D(11, 10), MisconductKind.Inaction, Impact.Minor, dissent: true), Step(CaseStepKind.Sanction, D(11, 12)), Step(CaseStepKind.Close, D(11, 14))] },
            new() { Id = "2026-018", Subject = "cadre-12", Summary = "Relief grain allocated to relatives", ReceivedOn = D(10, 30), Steps = [] },
            new() { Id = "2026-019", Subject = "cadre-04", Summary = "Office hours in the village not kept", ReceivedOn = D(11, 20), Steps = [] },
        ];
    }
}
