using PartyBuilding.Core.FourHaves.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.FourHaves;

/// <summary>The four-haves scorecard as a JSON document (<c>"policy": "four-haves"</c>): a province's own table is such a file.</summary>
public static class FourHavesPolicyDocument
{
    /// <summary>The label of the shipped star-rated table's version: <c>star-rated</c>.</summary>
    public const string StarRatedLabel = "star-rated";

    /// <summary>Reads and writes <see cref="FourHavesPolicy"/> documents; ships <c>default</c> and <c>star-rated</c> (<see cref="FourHavesPolicy.StarRated"/>).</summary>
    public static PolicyDocumentFormat<FourHavesPolicy> Format { get; } =
        new("four-haves", FourHavesPolicyJsonContext.Default.PolicyDocumentDataFourHavesPolicy, new FourHavesPolicyValidator());
}
