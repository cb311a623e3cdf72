using System.Numerics;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Validation;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Input for a registry: organizations and memberships in the order a host passed them.</summary>
public sealed record RegistryInput(PartyOrganization?[] Organizations, KeyValuePair<MemberId, OrganizationId>[] Memberships)
{
    public OrganizationRegistry Build() => new(Organizations!, Memberships);

    public override string ToString() =>
        "orgs: " + string.Join("; ", Organizations.Select(o => o is null ? "null" : $"{o.Id.Value ?? "<default>"}({o.Level},{o.Kind},{o.AreaCode ?? "-"},parent {(o.ParentId is { } p ? p.Value ?? "<default>" : "-")})"))
        + " | members: " + string.Join("; ", Memberships.Select(m => $"{m.Key.Value ?? "<default>"}→{m.Value.Value ?? "<default>"}"));
}

/// <summary>A valid registry input spoiled in one way, and the one error code that must be reported.</summary>
public sealed record CorruptedRegistry(string Corruption, RegistryInput Input, string ExpectedCode)
{
    public override string ToString() => $"{Corruption} → expect {ExpectedCode}: {Input}";
}

/// <summary>A pair of exact rational numbers computed with <see cref="BigInteger"/> (the oracle).</summary>
public readonly record struct Exact(BigInteger Numerator, BigInteger Denominator)
{
    public static Exact Of(BigInteger numerator, BigInteger denominator)
    {
        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return divisor.IsZero ? new Exact(0, 1) : new Exact(numerator / divisor, denominator / divisor);
    }

    public static Exact Of(Ratio ratio) => new(ratio.Numerator, ratio.Denominator);

    public bool FitsInInt64 => Numerator <= long.MaxValue && Denominator <= long.MaxValue;

    public int CompareTo(Exact other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public static Exact operator +(Exact left, Exact right) =>
        Of((left.Numerator * right.Denominator) + (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    public static Exact operator *(Exact left, Exact right) =>
        Of(left.Numerator * right.Numerator, left.Denominator * right.Denominator);
}

/// <summary>Generators for the shared kernel and the organizations, biased toward the extremes.</summary>
public static class FoundationArbitraries
{
    /// <summary>Values where 64-bit and 128-bit arithmetic is most likely to go wrong.</summary>
    private static readonly long[] Extremes =
    [
        0, 1, 2, 3, 7, 49,
        int.MaxValue, (long)int.MaxValue + 1, uint.MaxValue, 1L << 32,
        3_037_000_499, 3_037_000_500, // around √long.MaxValue
        1L << 62, long.MaxValue / 2, long.MaxValue / 7, long.MaxValue / 49, long.MaxValue / 73,
        long.MaxValue - 2, long.MaxValue - 1, long.MaxValue,
    ];

    /// <summary>A non-negative long: extremes, small values, any value, and neighbours of the extremes.</summary>
    public static Gen<long> NonNegativeLong { get; } = Gen.Frequency(
        (3, Gen.Elements(Extremes)),
        (3, Gen.Choose(0, 1000).Select(i => (long)i)),
        (3, FsCheck.FSharp.Gen.Choose64(0, long.MaxValue)),
        (1, Gen.Elements(Extremes).SelectMany(e => Gen.Choose(-3, 3).Select(k => Math.Clamp(e + (k < 0 ? Math.Max(k, -e) : Math.Min(k, long.MaxValue - e)), 0, long.MaxValue)))));

    /// <summary>A positive long.</summary>
    public static Gen<long> PositiveLong { get; } = NonNegativeLong.Select(x => x == 0 ? 1 : x);

    /// <summary>A numerator and a positive denominator, often sharing a factor so that reduction matters.</summary>
    public static Gen<(long Numerator, long Denominator)> Fraction { get; } = Gen.Frequency(
        (3, NonNegativeLong.Zip(PositiveLong)),
        (1, Gen.Choose(0, 1000).Zip(Gen.Choose(1, 1000)).Zip(Gen.Choose(1, 1_000_000))
            .Select(t => ((long)t.Item1.Item1 * t.Item2, (long)t.Item1.Item2 * t.Item2))));

    public static Arbitrary<(long Numerator, long Denominator)> Fractions { get; } = Fraction.ToArbitrary();

    public static Arbitrary<Ratio> Ratios { get; } = Fraction.Select(f => new Ratio(f.Numerator, f.Denominator)).ToArbitrary();

    /// <summary>A part and a whole for a share.</summary>
    public static Arbitrary<(long Part, long Whole)> Shares { get; } = Gen.Frequency(
        (3, NonNegativeLong.Zip(PositiveLong)),
        (1, Gen.Choose(0, 200).Zip(Gen.Choose(1, 200)).Select(t => ((long)t.Item1, (long)t.Item2)))).ToArbitrary();

    // ---- organizations ----

    private static readonly string[] IdPool =
        ["a", "A", "b", "B", "z", "Z", "é", "ä", "a1", "a10", "a2", "org-01", "org-02", "org-10", "村1", "村2", "0", "_x"];

    private static readonly string?[] Areas = [null, "A1", "A2", "A3"];

    public static Gen<OrganizationKind> Kind { get; } = Gen.Elements(Enum.GetValues<OrganizationKind>());

    public static Gen<OrganizationLevel> Level { get; } = Gen.Elements(Enum.GetValues<OrganizationLevel>());

    /// <summary>A valid registry input: a forest of organizations (no cycles) and members each in one of them, in a random order.</summary>
    public static Gen<RegistryInput> ValidRegistry(int minOrganizations = 1) =>
        from count in Gen.Choose(minOrganizations, 12)
        from ids in Gen.Shuffle(IdPool).Select(pool => pool.Take(count).Select(v => new OrganizationId(v)).ToArray())
        from organizations in Gen.CollectToArray(Enumerable.Range(0, count), i =>
            from level in Level
            from kind in Kind
            from area in Gen.Elements(Areas)
            from parentIndex in Gen.Choose(-1, i - 1)
            select new PartyOrganization(ids[i], "name " + i, level, kind, area, parentIndex < 0 ? null : ids[parentIndex]))
        from memberCount in Gen.Choose(0, 20)
        from memberships in Gen.CollectToArray(Enumerable.Range(0, memberCount), j =>
            Gen.Elements(ids).Select(org => new KeyValuePair<MemberId, OrganizationId>(new MemberId("m" + j), org)))
        from shuffledOrganizations in Gen.Shuffle(organizations)
        from shuffledMemberships in Gen.Shuffle(memberships)
        select new RegistryInput(shuffledOrganizations, shuffledMemberships);

    public static Arbitrary<RegistryInput> ValidRegistries { get; } = ValidRegistry().ToArbitrary();

    /// <summary>A valid registry spoiled by one random corruption, with the code it must produce.</summary>
    public static Arbitrary<CorruptedRegistry> CorruptedRegistries { get; } =
        ValidRegistry(minOrganizations: 2).SelectMany(Corrupt).ToArbitrary();

    private static readonly OrganizationId Unknown = new("no-such-organization");

    private static Gen<CorruptedRegistry> Corrupt(RegistryInput input)
    {
        var orgs = input.Organizations.Select(o => o!).ToArray();
        var pick = Gen.Choose(0, orgs.Length - 1);
        var anyOrgId = Gen.Elements(orgs.Select(o => o.Id).ToArray());
        Gen<CorruptedRegistry> Replace(string name, string code, Func<PartyOrganization, Gen<PartyOrganization>> change) =>
            from i in pick
            from changed in change(orgs[i])
            select new CorruptedRegistry(name, input with { Organizations = [.. orgs.Select((o, j) => j == i ? changed : o)] }, code);
        Gen<CorruptedRegistry> InsertOrganization(string name, string code, Gen<PartyOrganization?> extra) =>
            from item in extra
            from at in Gen.Choose(0, orgs.Length)
            select new CorruptedRegistry(name, input with { Organizations = [.. orgs.Take(at), item, .. orgs.Skip(at)] }, code);
        Gen<CorruptedRegistry> InsertMemberships(string name, string code, Gen<KeyValuePair<MemberId, OrganizationId>[]> extra) =>
            from items in extra
            from at in Gen.Choose(0, input.Memberships.Length)
            select new CorruptedRegistry(name, input with { Memberships = [.. input.Memberships.Take(at), .. items, .. input.Memberships.Skip(at)] }, code);
        static KeyValuePair<MemberId, OrganizationId> Membership(MemberId member, OrganizationId organization) => new(member, organization);

        return Gen.OneOf(
            InsertOrganization("duplicate id", OrganizationErrorCodes.DuplicateId,
                from i in pick select (PartyOrganization?)(orgs[i] with { Name = "copy" })),
            Replace("unknown parent", OrganizationErrorCodes.ParentUnknown, o => Gen.Constant(o with { ParentId = Unknown })),
            Replace("self parent", OrganizationErrorCodes.SelfParent, o => Gen.Constant(o with { ParentId = o.Id })),
            from length in Gen.Choose(2, Math.Min(orgs.Length, 4))
            from chosen in Gen.Shuffle(Enumerable.Range(0, orgs.Length)).Select(s => s.Take(length).ToArray())
            select new CorruptedRegistry(
                $"cycle of {length}",
                input with
                {
                    Organizations = [.. orgs.Select((o, j) => Array.IndexOf(chosen, j) is var k and >= 0 ? o with { ParentId = orgs[chosen[(k + 1) % length]].Id } : o)],
                },
                OrganizationErrorCodes.ParentCycle),
            InsertMemberships("membership to an unknown organization", OrganizationErrorCodes.MembershipUnknownOrganization,
                Gen.Elements(Unknown, default).Select(org => new[] { Membership(new MemberId("extra"), org) })),
            InsertMemberships("member in two organizations", OrganizationErrorCodes.MemberInTwoOrganizations,
                anyOrgId.Zip(anyOrgId).Select(t => new[] { Membership(new MemberId("extra"), t.Item1), Membership(new MemberId("extra"), t.Item2) })),
            InsertMemberships("default member id", OrganizationErrorCodes.MemberIdMissing,
                anyOrgId.Select(org => new[] { Membership(default, org) })),
            InsertOrganization("default organization id", OrganizationErrorCodes.IdMissing,
                from kind in Kind select (PartyOrganization?)new PartyOrganization(default, "no id", OrganizationLevel.Branch, kind)),
            Replace("default parent id", OrganizationErrorCodes.IdMissing, o => Gen.Constant(o with { ParentId = default(OrganizationId) })),
            InsertOrganization("null organization", CommonErrorCodes.Required, Gen.Constant<PartyOrganization?>(null)),
            Replace("empty name", OrganizationErrorCodes.NameEmpty, o => Gen.Elements("", " ", "\t", null).Select(n => o with { Name = n! })),
            Replace("blank area code", OrganizationErrorCodes.AreaCodeEmpty, o => Gen.Elements("", " ", "\n").Select(a => o with { AreaCode = a })),
            Replace("undefined kind", OrganizationErrorCodes.EnumUndefined, o => Gen.Elements(-1, 7, 99).Select(k => o with { Kind = (OrganizationKind)k })),
            Replace("undefined level", OrganizationErrorCodes.EnumUndefined, o => Gen.Elements(-1, 3, 42).Select(l => o with { Level = (OrganizationLevel)l })));
    }

    // ---- structure policy ----

    private static readonly StructurePolicyValidator PolicyValidator = new();

    /// <summary>Consistent structure policies: the default and random ones the validator accepts.</summary>
    public static Gen<StructurePolicy> ValidStructurePolicy { get; } = Gen.Frequency(
        (1, Gen.Constant(StructurePolicy.Default)),
        (3,
            from minimumFull in Gen.Choose(1, 10)
            from committeeStep in Gen.Choose(1, 10)
            from branchStep in Gen.Choose(0, 100)
            from generalStep in Gen.Choose(1, 200)
            let committeeFrom = minimumFull + committeeStep
            let maxBranch = committeeFrom + branchStep
            select new StructurePolicy
            {
                MinimumFullMembers = minimumFull,
                BranchCommitteeFromFullMembers = committeeFrom,
                BranchCommitteeMinSize = Math.Min(3, committeeFrom),
                MaxMembersPerBranch = maxBranch,
                MaxMembersPerGeneralBranch = maxBranch + generalStep,
            })).Where(p => PolicyValidator.Validate(p).IsValid);

    /// <summary>A member count: often on or beside a default threshold, mostly small, sometimes anywhere up to int.MaxValue / 4.</summary>
    public static Gen<int> MemberCount { get; } = Gen.Frequency(
        (3, Gen.Elements(0, 1, 2, 3, 4, 6, 7, 8, 49, 50, 51, 99, 100, 101)),
        (6, Gen.Choose(0, 120)),
        (2, Gen.Choose(0, 400)),
        (1, Gen.Choose(0, int.MaxValue / 4)));
}
