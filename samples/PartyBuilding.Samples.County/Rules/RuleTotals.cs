namespace PartyBuilding.Samples.County.Rules;

/// <summary>What the rule services decided over the whole county, for the summary lines and the cross-check.</summary>
internal sealed class RuleTotals
{
    public long PartyMembers { get; set; }

    public int MobileMembers { get; set; }

    public int Assigned { get; set; }

    public int FlaggedByAssessor { get; set; }

    public int Enterprises { get; set; }

    public int Assessed { get; set; }

    public int Cases { get; set; }

    public int OverdueByAggregate { get; set; }

    public int Rounds { get; set; }

    public int Candidates { get; set; }
}
