namespace PartyBuilding.Core.Governance;

/// <summary>What an audit of a village is.</summary>
public enum AuditKind
{
    /// <summary>The regular audit of village finances: every <see cref="GovernancePolicy.FinanceAuditMonths"/> months.</summary>
    Finance,

    /// <summary>The audit of a committee member's term (任期经济责任审计): its results published before the next election, as a departure audit's.</summary>
    Tenure,

    /// <summary>The audit of a departing committee member (离任经济责任审计): its results published before the next election (Art. 35).</summary>
    Departure,
}
