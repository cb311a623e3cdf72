using PartyBuilding.Core.Outreach;
using PartyBuilding.Core.Outreach.Specifications;
using static PartyBuilding.Core.Tests.Outreach.OutreachFixtures;

namespace PartyBuilding.Core.Tests.Outreach;

public sealed class OutreachSpecificationTests
{
    private static HouseholdOutreachSummary S(string id, CadreId? cadre = null, NodaTime.LocalDate? since = null, NodaTime.LocalDate? until = null,
        NodaTime.LocalDate? archive = null, NodaTime.LocalDate? goodDeed = null, string village = "v1") => new()
    {
        Id = new HouseholdId(id),
        Village = new OrganizationId(village),
        Cadre = cadre,
        PairedSince = since,
        PairedUntil = until,
        ArchiveOn = archive,
        GoodDeedOn = goodDeed,
    };

    [Fact]
    public void Households_missing_the_archive_have_none_in_the_pairing_responsible_that_day()
    {
        HouseholdOutreachSummary[] stored =
        [
            S("a", Li, D(2026, 1, 1), archive: D(2026, 1, 1)),
            S("b", Li, D(2026, 1, 1), archive: D(2025, 12, 31)),
            S("c"),
            S("d", Li, D(2026, 1, 1), D(2026, 5, 31), archive: D(2026, 2, 1)),
            S("e", Li, D(2026, 6, 2), archive: D(2026, 6, 2)),
            S("f", Li, D(2026, 1, 1), D(2026, 6, 1), village: "v0"),
            S("g", Li, D(2026, 1, 1), D(2026, 6, 1), archive: D(2026, 2, 1), village: "v0"),
        ];

        Assert.Equal(["f", "b", "c", "d", "e"], new HouseholdsMissingItemSpec(OutreachItem.Archive, D(2026, 6, 1)).Evaluate(stored).Select(s => s.Id.Value));
    }

    [Fact]
    public void Households_missing_a_yearly_item_have_none_since_1_January()
    {
        HouseholdOutreachSummary[] stored = [S("a", goodDeed: D(2026, 1, 1)), S("b", goodDeed: D(2025, 12, 31)), S("c")];

        Assert.Equal(["b", "c"], new HouseholdsMissingItemSpec(OutreachItem.GoodDeed, D(2026, 3, 1)).Evaluate(stored).Select(s => s.Id.Value));
        Assert.Equal(["a", "b", "c"], new HouseholdsMissingItemSpec(OutreachItem.ProblemSolved, D(2026, 3, 1)).Evaluate(stored).Select(s => s.Id.Value));
    }

    [Fact]
    public void An_undefined_item_is_refused_with_a_code()
    {
        var e = Assert.Throws<InvalidInputException>(() => new HouseholdsMissingItemSpec((OutreachItem)9, D(2026, 3, 1)));

        Assert.Equal([OutreachErrorCodes.ItemUndefined], e.Errors.Select(f => f.ErrorCode));
    }

    [Fact]
    public void Households_without_a_responsible_cadre_on_the_pairing_s_first_and_last_day()
    {
        HouseholdOutreachSummary[] stored = [S("a", Li, D(2026, 3, 1), D(2026, 3, 31)), S("b"), S("c", Li, D(2026, 1, 1))];

        Assert.Equal(["a", "b"], new HouseholdsWithoutResponsibleCadreSpec(D(2026, 2, 28)).Evaluate(stored).Select(s => s.Id.Value));
        Assert.Equal(["b"], new HouseholdsWithoutResponsibleCadreSpec(D(2026, 3, 1)).Evaluate(stored).Select(s => s.Id.Value));
        Assert.Equal(["b"], new HouseholdsWithoutResponsibleCadreSpec(D(2026, 3, 31)).Evaluate(stored).Select(s => s.Id.Value));
        Assert.Equal(["a", "b"], new HouseholdsWithoutResponsibleCadreSpec(D(2026, 4, 1)).Evaluate(stored).Select(s => s.Id.Value));
    }

    [Fact]
    public void Cadres_below_the_minimum_exclude_a_cadre_at_exactly_the_minimum()
    {
        CadreOutreachSummary[] stored =
        [
            new() { Id = new CadreId("c1"), Households = 2 },
            new() { Id = new CadreId("c2"), Households = 1 },
            new() { Id = new CadreId("c3"), Households = 0 },
            new() { Id = new CadreId("c0"), Households = 1 },
        ];

        Assert.Equal(["c3", "c0", "c2"], new CadresBelowMinimumSpec(OutreachPolicy.Default).Evaluate(stored).Select(c => c.Id.Value));
        Assert.Equal(["c3"], new CadresBelowMinimumSpec(new OutreachPolicy { MinimumHouseholdsPerCadre = 1 }).Evaluate(stored).Select(c => c.Id.Value));
        Assert.Throws<InvalidInputException>(() => new CadresBelowMinimumSpec(new OutreachPolicy { MinimumHouseholdsPerCadre = 0 }));
    }
}
