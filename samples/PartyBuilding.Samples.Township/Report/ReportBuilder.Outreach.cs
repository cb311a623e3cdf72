using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Outreach.Specifications;
using PartyBuilding.Samples.Township.Data;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>
/// The outreach section: every household assessed for the six ones in the report date's year, the rates per
/// cadre and per village, and the host's stored summaries queried with the library's specifications.
/// </summary>
internal sealed partial class ReportBuilder
{
    private OutreachSection BuildOutreach(TownshipData data, LocalDate asOf)
    {
        var assessor = services.GetRequiredService<IOutreachAssessor>();
        var policy = services.GetRequiredService<PolicySet<OutreachPolicy>>().InForceOn(asOf).Policy;
        // The township as it stood on the report date: records made after it are not known yet.
        var households = data.Households
            .Select((h, i) => mapper.Guarded($"households[{i}] (id '{h.Id}')", () => new HouseholdOutreach(
                new HouseholdId(h.Id),
                new OrganizationId(h.Village),
                [.. h.Pairings.Select(p => new Pairing(new HouseholdId(h.Id), new CadreId(p.Cadre), p.From, p.Until))],
                [.. h.Records.Where(r => r.On <= asOf).Select(r => new OutreachRecord(new HouseholdId(h.Id), new CadreId(r.Cadre), r.On, r.Item, r.Confirmed))])))
            .ToList();
        var report = mapper.Guarded("households", () => assessor.AssessAll(households, asOf));

        var summaries = households.Select(h => Summary(h, asOf, policy)).ToList();
        var cadres = households.SelectMany(h => h.Pairings).Select(p => p.Cadre).Distinct()
            .Select(c => new CadreOutreachSummary { Id = c, Households = households.Count(h => h.Pairings.Any(p => p.Cadre == c && p.Covers(asOf))) })
            .ToList();

        return new OutreachSection
        {
            Households = report.Households.Count,
            PolicyLabel = report.PolicyLabel,
            ByStanding = Enum.GetValues<OutreachStanding>().ToDictionary(s => s.ToString(), s => report.Households.Count(h => h.Standing == s)),
            Township = RateRow.Of(report.Township.Complete, report.Township.Households),
            Villages = [.. report.Villages.Select(v => new OutreachRateRow(v.Village.Value, v.Share.Households, v.Share.Complete, RateRow.Of(v.Share.Complete, v.Share.Households), false))],
            Cadres = [.. report.Cadres.Select(c => new OutreachRateRow(c.Cadre.Value, c.Share.Households, c.Share.Complete, RateRow.Of(c.Share.Complete, c.Share.Households), c.BelowMinimum))],
            MissingByItem = Enum.GetValues<OutreachItem>().ToDictionary(i => i.ToString(), i => new HouseholdsMissingItemSpec(i, asOf).Evaluate(summaries).Count()),
            WithoutResponsibleCadre = [.. new HouseholdsWithoutResponsibleCadreSpec(asOf).Evaluate(summaries).Select(s => s.Id.Value)],
            CadresBelowMinimum = [.. new CadresBelowMinimumSpec(policy).Evaluate(cadres).Select(c => c.Id.Value)],
            Overdue = [.. report.Households.Where(h => h.Standing == OutreachStanding.Overdue)
                .Select(h => new HouseholdRow(h.Household.Value, h.Village.Value, h.Cadre?.Value, h.Visits, [.. h.Missing.Select(m => m.ToString())], h.Reasons))],
        };
    }

    /// <summary>What the host stores per household: the pairing responsible on the date (or the latest), the latest counting record of each item.</summary>
    private static HouseholdOutreachSummary Summary(HouseholdOutreach h, LocalDate asOf, OutreachPolicy policy)
    {
        var pairing = h.Pairings.FirstOrDefault(p => p.Covers(asOf)) ?? h.Pairings.OrderBy(p => p.From).LastOrDefault();
        LocalDate? Latest(OutreachItem item) => h.Records
            .Where(r => r.Item == item && (r.ConfirmedByHousehold || !policy.RequireHouseholdConfirmation))
            .Select(r => (LocalDate?)r.On).Max();
        return new HouseholdOutreachSummary
        {
            Id = h.Household,
            Village = h.Village,
            Cadre = pairing?.Cadre,
            PairedSince = pairing?.From,
            PairedUntil = pairing?.Until,
            ArchiveOn = Latest(OutreachItem.Archive),
            ContactCardOn = Latest(OutreachItem.ContactCard),
            PolicyPromotedOn = Latest(OutreachItem.PolicyPromoted),
            ProblemSolvedOn = Latest(OutreachItem.ProblemSolved),
            WayToProsperityOn = Latest(OutreachItem.WayToProsperity),
            GoodDeedOn = Latest(OutreachItem.GoodDeed),
        };
    }
}
