using NodaTime;
using PartyBuilding.Core.Accountability;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>The sanction requests of the accountability benchmarks and the province-scale run, made as they are read.</summary>
internal static class AccountabilityData
{
    /// <summary><paramref name="n"/> requests for 500 cadres, with 0–5 priors and the aggravating and mitigating flags mixed.</summary>
    public static IEnumerable<SanctionRequest> Requests(int n)
    {
        var random = new Random(20261127);
        var decidedOn = new LocalDate(2026, 9, 15);
        for (var i = 0; i < n; i++)
        {
            var priors = new LocalDate[random.Next(0, 6)];
            for (var p = 0; p < priors.Length; p++)
            {
                priors[p] = decidedOn.PlusDays(-random.Next(1, 730));
            }

            yield return new SanctionRequest
            {
                Subject = AccountabilitySubject.ForCadre(new CadreId("cadre-" + (i % 500))),
                Kind = (MisconductKind)random.Next(0, 3),
                Impact = (Impact)random.Next(0, 3),
                DecidedOn = decidedOn,
                PriorSubstantiatedOn = priors,
                ObstructedInvestigation = random.Next(0, 10) == 0,
                MissedRectificationOrder = random.Next(0, 10) == 0,
                PromptRemedy = random.Next(0, 5) == 0,
            };
        }
    }
}
