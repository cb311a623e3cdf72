using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.Affiliation;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Generators for the affiliation properties: small townships with every kind of awkward case.</summary>
public static class AffiliationArbitraries
{
    public static readonly string[] Areas = ["A1", "A2", "A3", "A4"];

    /// <summary>An area no organization ever serves.</summary>
    public const string UnservedArea = "Z9";

    private static readonly OrganizationKind[] BranchKinds =
        [OrganizationKind.Migrant, OrganizationKind.Village, OrganizationKind.Community, OrganizationKind.Enterprise, OrganizationKind.Joint];

    public static Arbitrary<Township> Township() => TownshipGen.ToArbitrary();

    public static Arbitrary<ContactCase> ContactCase() => ContactCaseGen.ToArbitrary();

    public static Gen<Township> TownshipGen =>
        from organizationCount in Gen.Choose(0, 10)
        from specs in Gen.ArrayOf(Gen.Zip(Gen.Elements(BranchKinds), Gen.Choose(-1, Areas.Length - 1)), organizationCount)
        from memberships in Gen.ArrayOf(Gen.Choose(-1, organizationCount), 8)
        from memberCount in Gen.Choose(0, 25)
        from members in Gen.ArrayOf(MemberSpecGen, memberCount)
        select Build(specs, memberships, members);

    private static Gen<(MembershipStatus Status, int Area, int Introducer, int Pick)> MemberSpecGen =>
        from status in Gen.Elements(MembershipStatus.Full, MembershipStatus.Probationary)
        from area in Gen.Choose(-2, Areas.Length)
        from introducer in Gen.Choose(0, 3)
        from pick in Gen.Choose(0, 30)
        select (status, area, introducer, pick);

    private static Township Build(
        (OrganizationKind Kind, int Area)[] specs,
        int[] memberships,
        (MembershipStatus Status, int Area, int Introducer, int Pick)[] members)
    {
        var organizations = new List<PartyOrganization>
        {
            new(new OrganizationId("T"), "Township committee", OrganizationLevel.Committee, OrganizationKind.Township),
        };
        for (var i = 0; i < specs.Length; i++)
        {
            var (kind, area) = specs[i];
            organizations.Add(new PartyOrganization(
                new OrganizationId($"O{i:00}"), $"Branch {i}", OrganizationLevel.Branch, kind, area < 0 ? null : Areas[area], new OrganizationId("T")));
        }

        var pairs = new List<KeyValuePair<MemberId, OrganizationId>>();
        for (var r = 0; r < memberships.Length; r++)
        {
            if (memberships[r] >= 0)
            {
                pairs.Add(new(new MemberId($"R{r}"), organizations[memberships[r]].Id));
            }
        }

        var mobile = new MobileMember[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var (status, area, introducer, pick) = members[i];
            var id = new MemberId($"M{i:00}");
            string? residence = area switch
            {
                -2 => UnservedArea,
                -1 => null,
                _ when area >= Areas.Length => null,
                _ => Areas[area],
            };
            MemberId? by = introducer switch
            {
                1 => new MemberId($"R{pick % memberships.Length}"),
                2 => new MemberId("X-unknown"),
                3 when pick % Math.Max(members.Length, 1) != i => new MemberId($"M{pick % Math.Max(members.Length, 1):00}"),
                _ => null,
            };
            mobile[i] = new MobileMember(id, status, residence, by);
        }

        return new Township([.. organizations], [.. pairs], mobile);
    }

    private static readonly LocalDate Start = new(2024, 1, 1);

    public static Gen<ContactCase> ContactCaseGen =>
        from since in Gen.Choose(0, 400)
        from count in Gen.Choose(0, 12)
        from records in Gen.ArrayOf(Gen.Zip(Gen.Elements(Enum.GetValues<ContactKind>()), Gen.Choose(0, 700)), count)
        from gap in Gen.Choose(0, 500)
        from boundary in Gen.Elements(false, true)
        from basePick in Gen.Choose(0, 12)
        from months in Gen.Elements(1, 6)
        from nudge in Gen.Choose(-1, 1)
        from later in Gen.Choose(0, 400)
        select MakeContactCase(since, records, boundary ? (basePick, months, nudge) : null, gap, later);

    private static ContactCase MakeContactCase(
        int since, (ContactKind Kind, int Day)[] records, (int Pick, int Months, int Nudge)? boundary, int gap, int later)
    {
        var member = new MemberId("M1");
        var list = records
            .Select(r => new ContactRecord(member, r.Kind, Start.PlusDays(r.Day)))
            .Distinct()
            .ToArray();
        var latest = list.Select(r => r.On).Append(Start.PlusDays(since)).Max();
        var asOf = latest.PlusDays(gap);
        if (boundary is var (pick, months, nudge))
        {
            // Land on (or a day either side of) the end of an interval counted from one of the dates.
            var dates = list.Select(r => r.On).Append(Start.PlusDays(since)).ToArray();
            var edge = dates[pick % dates.Length].PlusMonths(months).PlusDays(nudge);
            asOf = edge < latest ? latest : edge;
        }

        return new ContactCase(member, Start.PlusDays(since), list, asOf, asOf.PlusDays(later));
    }
}

/// <summary>Hostile input for the affiliation entry points: undefined and negative enums, default ids, blank areas, null elements, any date.</summary>
public static class HostileAffiliation
{
    private static readonly MemberId[] Ids = [default, new("a"), new("b"), new("R1"), new("M00")];

    public static Gen<MembershipStatus> Status { get; } =
        Gen.Frequency((3, Gen.Elements(MembershipStatus.Full, MembershipStatus.Probationary)), (1, Gen.Choose(-3, 4).Select(s => (MembershipStatus)s)), (1, Gen.Elements(int.MinValue, int.MaxValue).Select(s => (MembershipStatus)s)));

    public static Gen<MobileMember?> Member { get; } = Gen.Frequency(
        (1, Gen.Constant<MobileMember?>(null)),
        (9,
            from id in Gen.Elements(Ids)
            from status in Status
            from area in Gen.Elements<string?>(null, "", " ", "\t", "A1", "A2", "a1", AffiliationArbitraries.UnservedArea)
            from introducer in Gen.Elements<MemberId?>([null, .. Ids.Select(i => (MemberId?)i)])
            select (MobileMember?)new MobileMember(id, status, area, introducer)));

    public static Gen<MobileMember?[]> Members { get; } = Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Member, n));

    /// <summary>Any representable date, the extremes often.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Frequency(
        (1, Gen.Elements(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(1), LocalDate.MaxIsoValue, LocalDate.MaxIsoValue.PlusDays(-1))),
        (2, Gen.Choose(0, Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days).Select(d => LocalDate.MinIsoValue.PlusDays(d))),
        (4, Gen.Choose(-800, 800).Select(d => new LocalDate(2026, 1, 1).PlusDays(d))));

    public static Gen<ContactRecord?> Record { get; } = Gen.Frequency(
        (1, Gen.Constant<ContactRecord?>(null)),
        (9,
            from member in Gen.Elements(Ids)
            from kind in Gen.Frequency((4, Gen.Elements(Enum.GetValues<ContactKind>())), (1, Gen.Elements(-1, 5, 42, int.MinValue).Select(k => (ContactKind)k)))
            from day in Date
            select (ContactRecord?)new ContactRecord(member, kind, day)));

    public static Gen<AffiliationPolicy> Policy { get; } =
        from minimum in Gen.Elements(int.MinValue, -1, 0, 1, 3, int.MaxValue)
        from reporting in Gen.Elements(int.MinValue, -1, 0, 1, 2, 6, 1200, 1201, int.MaxValue)
        from lost in Gen.Elements(int.MinValue, 0, 1, 6, 1200, int.MaxValue)
        from withdrawal in Gen.Elements(int.MinValue, 0, 1, 6, 1200, int.MaxValue)
        select new AffiliationPolicy { MinimumFullMembersForMigrantBranch = minimum, ReportingIntervalMonths = reporting, LostContactMonths = lost, WithdrawalReviewMonths = withdrawal };
}
