namespace PartyBuilding.Core.Members;

/// <summary>
/// The figures of party dues (党费): the bracket tables, the fixed sums, the rounding, back payment and the
/// review flag. Sources are cited on each property and in <c>docs/policies.md</c>.
/// </summary>
/// <remarks>
/// Immutable: the tables are copied when set. Two policies are equal when every figure and every row is.
/// <c>DuesPolicyValidator</c> refuses an inconsistent policy.
/// </remarks>
public sealed record DuesPolicy
{
    /// <summary>The longest back-payment or review interval the library accepts, in months (100 years).</summary>
    public const int MaxMonths = 1200;

    /// <summary>The policy with every default.</summary>
    public static DuesPolicy Default { get; } = new();

    /// <summary>The brackets of members in employment, by monthly income after tax; the rate applies to the whole income.</summary>
    /// <value>The default value is up to ¥3,000 0.5 %, up to ¥5,000 1 %, up to ¥10,000 1.5 %, above 2 % (中组发〔2008〕3号 《关于中国共产党党费收缴、使用和管理的规定》, part 1 on collection: employed members).</value>
    public IReadOnlyList<DuesBracket> EmployedBrackets { get; init => field = ValueList<DuesBracket>.From(value); } = ValueList<DuesBracket>.Of(
    [
        new(3000m, 0.005m), new(5000m, 0.01m), new(10000m, 0.015m), new(null, 0.02m),
    ]);

    /// <summary>The brackets of retired members, by monthly pension after tax; the rate applies to the whole pension.</summary>
    /// <value>The default value is up to ¥5,000 0.5 %, above 1 % (中组发〔2008〕3号, part 1 on collection: retired members).</value>
    public IReadOnlyList<DuesBracket> RetiredBrackets { get; init => field = ValueList<DuesBracket>.From(value); } = ValueList<DuesBracket>.Of(
    [
        new(5000m, 0.005m), new(null, 0.01m),
    ]);

    /// <summary>The monthly dues of a farmer, in yuan.</summary>
    /// <value>The default value is ¥0.20 (中组发〔2008〕3号, part 1 on collection: farmers ¥0.20 to ¥1.00 a month; the lowest is the default).</value>
    public decimal FarmerMonthlySum { get; init; } = 0.20m;

    /// <summary>The monthly dues of a student, in yuan.</summary>
    /// <value>The default value is ¥0.20 (中组发〔2008〕3号, part 1 on collection).</value>
    public decimal StudentMonthlySum { get; init; } = 0.20m;

    /// <summary>The monthly dues of a member without work, in yuan.</summary>
    /// <value>The default value is ¥0.20 (中组发〔2008〕3号, part 1 on collection).</value>
    public decimal UnemployedMonthlySum { get; init; } = 0.20m;

    /// <summary>The monthly dues of a member receiving the minimum living allowance, in yuan.</summary>
    /// <value>The default value is ¥0.20 (中组发〔2008〕3号, part 1 on collection).</value>
    public decimal MinimumLivingAllowanceMonthlySum { get; init; } = 0.20m;

    /// <summary>How a computed sum is rounded to the fen.</summary>
    /// <value>The default value is <see cref="MidpointRounding.AwayFromZero"/> (half a fen rounds up: local practice example, as cashiers round).</value>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;

    /// <summary>The most months a back payment may make up, counted back from the month before the as-of month.</summary>
    /// <value>The default value is 6 months (中组发〔2008〕3号 as applied by provincial implementing rules: back payment generally covers no more than six months; check the local rule).</value>
    public int BackPaymentMonths { get; init; } = 6;

    /// <summary>Consecutive unpaid months, up to the month before the as-of month, after which the branch is to review the member.</summary>
    /// <value>The default value is 6 months (党章 Art. 9: 连续六个月不交纳党费 — the branch reviews whether there was a proper reason).</value>
    public int ReviewAfterUnpaidMonths { get; init; } = 6;

    /// <summary>The fixed monthly sum of <paramref name="category"/>, or null for a category paying by bracket.</summary>
    internal decimal? FixedSumOf(MemberCategory category) => category switch
    {
        MemberCategory.Farmer => FarmerMonthlySum,
        MemberCategory.Student => StudentMonthlySum,
        MemberCategory.Unemployed => UnemployedMonthlySum,
        MemberCategory.MinimumLivingAllowance => MinimumLivingAllowanceMonthlySum,
        _ => null,
    };

    /// <summary>The bracket table of <paramref name="category"/> (employed or retired).</summary>
    internal IReadOnlyList<DuesBracket> BracketsOf(MemberCategory category) =>
        category == MemberCategory.Retired ? RetiredBrackets : EmployedBrackets;
}
