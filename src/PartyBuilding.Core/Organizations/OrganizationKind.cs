namespace PartyBuilding.Core.Organizations;

/// <summary>The kind of unit or place an organization is set up in (类型).</summary>
public enum OrganizationKind
{
    /// <summary>The township committee (乡镇党委).</summary>
    Township,

    /// <summary>A village organization (村党组织).</summary>
    Village,

    /// <summary>A community organization (社区党组织).</summary>
    Community,

    /// <summary>An enterprise organization (企业党组织).</summary>
    Enterprise,

    /// <summary>A government agency organization (机关党组织).</summary>
    Agency,

    /// <summary>A migrant branch (外口党支部 / 流动党员党支部) where migrants concentrate.</summary>
    Migrant,

    /// <summary>A joint branch (联合党支部) covering several small units.</summary>
    Joint,
}
