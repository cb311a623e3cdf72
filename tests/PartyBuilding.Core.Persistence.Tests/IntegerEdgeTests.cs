using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Specifications;

namespace PartyBuilding.Core.Persistence.Tests;

/// <summary>Integer edges on which memory and the databases would part: a specification refuses what it cannot compare exactly everywhere.</summary>
public sealed class IntegerEdgeTests
{
    /// <summary>
    /// With a quorum term above <see cref="int.MaxValue"/>, <c>BallotsCast × denominator</c> overflows 64 bits for
    /// large counts: memory wraps (and says "below quorum"), SQLite turns the product into a floating-point number,
    /// PostgreSQL fails with "bigint out of range". The policy validator bounds the terms; the specification applies it.
    /// </summary>
    [Fact]
    public void A_quorum_whose_terms_do_not_fit_32_bits_is_refused_because_its_products_would_overflow_64_bits()
    {
        var policy = EvaluationPolicy.Default with { Quorum = RatioThreshold.AtLeast(1, 4_294_967_311) }; // a prime above 2^32: stays in lowest terms

        var refused = Assert.Throws<InvalidInputException>(() => new RoundsBelowQuorumSpec(policy));

        Assert.Contains(EvaluationErrorCodes.PolicyShareOutOfRange, refused.Codes);
    }
}
