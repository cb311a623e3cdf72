namespace PartyBuilding.Core.Evaluation;

/// <summary>The state of a <see cref="BallotBox"/>.</summary>
public enum BallotBoxState
{
    /// <summary>Voting: papers are issued and cast.</summary>
    Open,

    /// <summary>Closed: nothing is issued or cast; the ballots can be read and tallied.</summary>
    Closed,
}
