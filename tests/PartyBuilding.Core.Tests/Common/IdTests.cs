namespace PartyBuilding.Core.Tests.Common;

/// <summary>The contract every id type shares; one concrete class per id type runs it.</summary>
public abstract class IdTests<TId>
    where TId : struct, IComparable<TId>, IComparable
{
    protected abstract TId Create(string value);

    protected abstract bool IsDefault(TId id);

    protected abstract string? ValueOf(TId id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    [InlineData("\u3000")] // ideographic space
    public void An_empty_or_whitespace_value_is_refused(string? value)
    {
        var error = Assert.Throws<InvalidInputException>(() => Create(value!));

        Assert.Equal("Value", error.ParamName);
        Assert.Equal([CommonErrorCodes.IdEmpty], error.Codes);
    }

    [Fact]
    public void The_default_id_is_default_and_a_created_one_is_not()
    {
        Assert.True(IsDefault(default));
        Assert.Null(ValueOf(default));
        Assert.Equal(string.Empty, default(TId).ToString());
        Assert.False(IsDefault(Create("x")));
        Assert.NotEqual(default, Create("x"));
    }

    [Fact]
    public void Ids_keep_their_value_as_given()
    {
        Assert.Equal(" padded ", ValueOf(Create(" padded ")));
        Assert.Equal("村1", Create("村1").ToString());
    }

    [Fact]
    public void Ids_compare_and_equal_ordinally_not_by_culture()
    {
        // Ordinally 'B' (0x42) sorts before 'a' (0x61); a culture-aware comparison puts 'a' first.
        Assert.True(Create("B").CompareTo(Create("a")) < 0);
        Assert.True(Create("a").CompareTo(Create("B")) > 0);
        Assert.NotEqual(Create("a"), Create("A"));
        Assert.Equal(Create("a"), Create("a"));
        Assert.Equal(Create("a").GetHashCode(), Create("a").GetHashCode());
        Assert.Equal(0, Create("é").CompareTo(Create("é")));
        Assert.NotEqual(Create("e\u0301"), Create("é")); // no normalization: ordinal
        Assert.True(default(TId).CompareTo(Create("a")) < 0);
    }

    [Fact]
    public void Boxed_ids_sort_like_typed_ones_so_that_specification_order_keys_work()
    {
        IComparable boxed = Create("B");

        Assert.True(boxed.CompareTo(Create("a")) < 0);
        Assert.Equal(0, boxed.CompareTo(Create("B")));
        Assert.True(boxed.CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => boxed.CompareTo("B"));
        Assert.Equal(["B", "a", "b"], new object[] { Create("b"), Create("a"), Create("B") }.Order().Select(o => o.ToString()));
    }

    [Property]
    public bool Comparison_and_equality_agree_with_ordinal_string_comparison(NonEmptyString left, NonEmptyString right)
    {
        // A leading letter keeps whitespace-only strings (refused, tested above) out of this property.
        var a = "x" + left.Get;
        var b = "x" + right.Get;
        return Math.Sign(Create(a).CompareTo(Create(b))) == Math.Sign(string.CompareOrdinal(a, b))
            && Create(a).Equals(Create(b)) == string.Equals(a, b, StringComparison.Ordinal);
    }
}

public sealed class OrganizationIdTests : IdTests<OrganizationId>
{
    protected override OrganizationId Create(string value) => new(value);

    protected override bool IsDefault(OrganizationId id) => id.IsDefault;

    protected override string? ValueOf(OrganizationId id) => id.Value;

    [Fact]
    public void Operators_follow_the_ordinal_order()
    {
        var b = new OrganizationId("B");
        var a = new OrganizationId("a");
        Assert.True(b < a && b <= a && a > b && a >= b && a >= new OrganizationId("a"));
    }
}

public sealed class MemberIdTests : IdTests<MemberId>
{
    protected override MemberId Create(string value) => new(value);

    protected override bool IsDefault(MemberId id) => id.IsDefault;

    protected override string? ValueOf(MemberId id) => id.Value;

    [Fact]
    public void Operators_follow_the_ordinal_order()
    {
        var b = new MemberId("B");
        var a = new MemberId("a");
        Assert.True(b < a && b <= a && a > b && a >= b && a >= new MemberId("a"));
    }
}

public sealed class EnterpriseIdTests : IdTests<EnterpriseId>
{
    protected override EnterpriseId Create(string value) => new(value);

    protected override bool IsDefault(EnterpriseId id) => id.IsDefault;

    protected override string? ValueOf(EnterpriseId id) => id.Value;

    [Fact]
    public void Operators_follow_the_ordinal_order()
    {
        var b = new EnterpriseId("B");
        var a = new EnterpriseId("a");
        Assert.True(b < a && b <= a && a > b && a >= b && a >= new EnterpriseId("a"));
    }
}

public sealed class CadreIdTests : IdTests<CadreId>
{
    protected override CadreId Create(string value) => new(value);

    protected override bool IsDefault(CadreId id) => id.IsDefault;

    protected override string? ValueOf(CadreId id) => id.Value;

    [Fact]
    public void Operators_follow_the_ordinal_order()
    {
        var b = new CadreId("B");
        var a = new CadreId("a");
        Assert.True(b < a && b <= a && a > b && a >= b && a >= new CadreId("a"));
    }
}

public sealed class CaseIdTests : IdTests<CaseId>
{
    protected override CaseId Create(string value) => new(value);

    protected override bool IsDefault(CaseId id) => id.IsDefault;

    protected override string? ValueOf(CaseId id) => id.Value;

    [Fact]
    public void Operators_follow_the_ordinal_order()
    {
        var b = new CaseId("B");
        var a = new CaseId("a");
        Assert.True(b < a && b <= a && a > b && a >= b && a >= new CaseId("a"));
    }
}

public sealed class RoundIdTests : IdTests<PartyBuilding.Core.Evaluation.RoundId>
{
    protected override PartyBuilding.Core.Evaluation.RoundId Create(string value) => new(value);

    protected override bool IsDefault(PartyBuilding.Core.Evaluation.RoundId id) => id.IsDefault;

    protected override string? ValueOf(PartyBuilding.Core.Evaluation.RoundId id) => id.Value;
}

public sealed class VoterIdTests : IdTests<PartyBuilding.Core.Evaluation.VoterId>
{
    protected override PartyBuilding.Core.Evaluation.VoterId Create(string value) => new(value);

    protected override bool IsDefault(PartyBuilding.Core.Evaluation.VoterId id) => id.IsDefault;

    protected override string? ValueOf(PartyBuilding.Core.Evaluation.VoterId id) => id.Value;
}

public sealed class RectificationOrderIdTests : IdTests<PartyBuilding.Core.Accountability.RectificationOrderId>
{
    protected override PartyBuilding.Core.Accountability.RectificationOrderId Create(string value) => new(value);

    protected override bool IsDefault(PartyBuilding.Core.Accountability.RectificationOrderId id) => id.IsDefault;

    protected override string? ValueOf(PartyBuilding.Core.Accountability.RectificationOrderId id) => id.Value;
}
