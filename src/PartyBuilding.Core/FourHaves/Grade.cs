namespace PartyBuilding.Core.FourHaves;

/// <summary>The grade of a four-haves assessment, lowest first, so that grades compare by order.</summary>
public enum Grade
{
    /// <summary>差: below the lowest passing band (default: total below 60), or vetoed.</summary>
    Poor,

    /// <summary>一般: default total 60–74.</summary>
    Fair,

    /// <summary>良好: default total 75–89.</summary>
    Good,

    /// <summary>优秀: default total 90–100.</summary>
    Excellent,
}
