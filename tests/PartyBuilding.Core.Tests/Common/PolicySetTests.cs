using NodaTime;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Common;

public sealed class PolicySetTests
{
    private static readonly StructurePolicy Old = StructurePolicy.Default;
    private static readonly StructurePolicy New = StructurePolicy.Default with { MaxMembersPerBranch = 40 };
    private static readonly StructurePolicy Newer = StructurePolicy.Default with { MaxMembersPerBranch = 30 };

    private static PolicyVersion<StructurePolicy> Version(string label, int year, int month, int day, StructurePolicy? policy = null) =>
        new(label, new LocalDate(year, month, day), policy ?? Old);

    private static PolicySet<StructurePolicy> ThreeVersions() => new(
    [
        Version("2024", 2024, 7, 1, New),
        Version("2020", 2020, 1, 1, Old),
        Version("2025", 2025, 2, 28, Newer),
    ]);

    [Fact]
    public void An_empty_set_is_refused_with_its_code()
    {
        var error = Assert.Throws<InvalidInputException>(() => new PolicySet<StructurePolicy>([]));

        Assert.Equal([CommonErrorCodes.PolicySetEmpty], error.Codes);
    }

    [Fact]
    public void A_null_list_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => new PolicySet<StructurePolicy>(null!));

    [Fact]
    public void Duplicate_labels_are_refused_with_their_code()
    {
        var error = Assert.Throws<InvalidInputException>(() => new PolicySet<StructurePolicy>(
            [Version("a", 2020, 1, 1), Version("b", 2021, 1, 1), Version("a", 2022, 1, 1)]));

        Assert.Equal([CommonErrorCodes.PolicyVersionDuplicate], error.Codes);
        Assert.Equal("a", Assert.Single(error.Errors).AttemptedValue);
    }

    [Fact]
    public void Duplicate_effective_dates_are_refused_with_their_code()
    {
        var error = Assert.Throws<InvalidInputException>(() => new PolicySet<StructurePolicy>(
            [Version("a", 2020, 1, 1), Version("b", 2020, 1, 1)]));

        Assert.Equal([CommonErrorCodes.PolicyEffectiveDateDuplicate], error.Codes);
    }

    [Fact]
    public void Every_failure_is_listed_at_once()
    {
        var error = Assert.Throws<InvalidInputException>(() => new PolicySet<StructurePolicy>(
            [Version("a", 2020, 1, 1), Version("a", 2020, 1, 1), null!, Version(" ", 2023, 1, 1), new PolicyVersion<StructurePolicy>("p", new LocalDate(2024, 1, 1), null!)]));

        Assert.Equal(
            new[] { CommonErrorCodes.PolicyVersionDuplicate, CommonErrorCodes.PolicyEffectiveDateDuplicate, CommonErrorCodes.Required, CommonErrorCodes.IdEmpty },
            error.Codes);
        Assert.Equal(5, error.Errors.Count);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Theory]
    [InlineData(2020, 1, 1, "2020")]
    [InlineData(2024, 6, 30, "2020")]
    [InlineData(2024, 7, 1, "2024")]
    [InlineData(2025, 2, 27, "2024")]
    [InlineData(2025, 2, 28, "2025")]
    [InlineData(9999, 12, 31, "2025")]
    public void The_version_in_force_is_the_latest_effective_on_or_before_the_date(int year, int month, int day, string label)
    {
        var set = ThreeVersions();

        Assert.Equal(label, set.InForceOn(new LocalDate(year, month, day)).Label);
        Assert.True(set.TryGetInForceOn(new LocalDate(year, month, day), out var version));
        Assert.Equal(label, version.Label);
    }

    [Fact]
    public void Before_the_first_version_no_policy_is_in_force()
    {
        var set = ThreeVersions();

        var error = Assert.Throws<InvalidOperationException>(() => set.InForceOn(new LocalDate(2019, 12, 31)));

        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce, error.Message, StringComparison.Ordinal);
        Assert.False(set.TryGetInForceOn(new LocalDate(2019, 12, 31), out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Versions_are_kept_in_date_order_and_found_by_label()
    {
        var set = ThreeVersions();

        Assert.Equal(["2020", "2024", "2025"], set.Versions.Select(v => v.Label));
        Assert.Equal("2025", set.Latest.Label);
        Assert.Same(New, set.Get("2024").Policy);
        Assert.Equal([CommonErrorCodes.PolicyVersionUnknown], Assert.Throws<InvalidInputException>(() => set.Get("2023")).Codes);
        Assert.Equal([CommonErrorCodes.PolicyVersionUnknown], Assert.Throws<InvalidInputException>(() => set.Get("2024 ")).Codes);
        Assert.False(set.TryGet(null, out _));
    }

    [Fact]
    public void A_single_policy_set_is_in_force_on_every_date()
    {
        var set = PolicySet.Of(New);

        Assert.Equal(PolicySet.DefaultLabel, set.Latest.Label);
        Assert.Same(New, set.InForceOn(LocalDate.MinIsoValue).Policy);
        Assert.Same(New, set.InForceOn(LocalDate.MaxIsoValue).Policy);
        Assert.Equal("v1", PolicySet.Of(New, "v1").Latest.Label);
        Assert.Throws<ArgumentNullException>(() => PolicySet.Of<StructurePolicy>(null!));
    }

    [Property(MaxTest = 200)]
    public Property The_version_in_force_matches_a_linear_search_whatever_the_input_order() =>
        Prop.ForAll(
            (from offsets in Gen.ListOf(Gen.Choose(-2000, 2000)).Select(l => l.Distinct().ToArray()).Where(a => a.Length > 0)
             from shuffled in Gen.Shuffle(offsets)
             from probe in Gen.Choose(-2100, 2100)
             select (offsets, shuffled, probe)).ToArbitrary(),
            t =>
            {
                var start = new LocalDate(2024, 2, 29);
                var versions = t.shuffled.Select(o => new PolicyVersion<StructurePolicy>("v" + o, start.PlusDays(o), Old)).ToArray();
                var set = new PolicySet<StructurePolicy>(versions);
                var date = start.PlusDays(t.probe);
                var expected = versions.Where(v => v.EffectiveFrom <= date).OrderBy(v => v.EffectiveFrom).LastOrDefault();
                return set.TryGetInForceOn(date, out var actual)
                    ? expected is not null && actual.Label == expected.Label
                    : expected is null;
            });
}
