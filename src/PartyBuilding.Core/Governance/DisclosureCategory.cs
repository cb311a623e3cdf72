namespace PartyBuilding.Core.Governance;

/// <summary>What a village discloses (村务公开, 村民委员会组织法 Art. 30).</summary>
public enum DisclosureCategory
{
    /// <summary>General village affairs: at least every <see cref="GovernancePolicy.GeneralDisclosureMonths"/> months.</summary>
    General,

    /// <summary>Finances: monthly where the village is set so (<see cref="DisclosureSummary.MonthlyFinance"/>), else as general items.</summary>
    Finance,

    /// <summary>A major matter: once, within <see cref="GovernancePolicy.MajorMatterDisclosureDays"/> days of its decision.</summary>
    MajorMatter,
}
