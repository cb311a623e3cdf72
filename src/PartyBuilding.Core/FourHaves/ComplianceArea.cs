namespace PartyBuilding.Core.FourHaves;

/// <summary>The areas of law and policy whose observance the party organization checks (seed, part 1, fourth).</summary>
[Flags]
public enum ComplianceArea
{
    /// <summary>No area checked.</summary>
    None = 0,

    /// <summary>Taxation (纳税).</summary>
    Tax = 1,

    /// <summary>Employment (用工).</summary>
    Employment = 2,

    /// <summary>Social security (社会保障).</summary>
    SocialSecurity = 4,

    /// <summary>Environmental protection (环境保护).</summary>
    EnvironmentalProtection = 8,

    /// <summary>Product quality (产品质量; the seed's "counterfeiting").</summary>
    ProductQuality = 16,

    /// <summary>Every area above.</summary>
    All = Tax | Employment | SocialSecurity | EnvironmentalProtection | ProductQuality,
}
