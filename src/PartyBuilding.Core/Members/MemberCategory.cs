namespace PartyBuilding.Core.Members;

/// <summary>The category a member's dues are worked out by (中组发〔2008〕3号).</summary>
public enum MemberCategory
{
    /// <summary>In employment (在职): a share of the monthly income after tax, by bracket.</summary>
    Employed,

    /// <summary>Retired (离退休): a share of the monthly pension after tax, by bracket.</summary>
    Retired,

    /// <summary>A farmer (农民): a fixed monthly sum.</summary>
    Farmer,

    /// <summary>A student (学生): a fixed monthly sum.</summary>
    Student,

    /// <summary>Without work (下岗失业): a fixed monthly sum.</summary>
    Unemployed,

    /// <summary>Receiving the minimum living allowance (享受最低生活保障): a fixed monthly sum.</summary>
    MinimumLivingAllowance,
}
