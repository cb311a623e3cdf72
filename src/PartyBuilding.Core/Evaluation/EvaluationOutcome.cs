namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// What the tally advises for a candidate. The library advises; the party committee decides.
/// </summary>
public enum EvaluationOutcome
{
    /// <summary>Keep the cadre in post (留任).</summary>
    Retain,

    /// <summary>Hold a warning talk with the cadre (诫勉谈话).</summary>
    WarningTalk,

    /// <summary>Adjust the cadre (调整): two consecutive incompetent ratings end a village committee member's office.</summary>
    Adjust,

    /// <summary>No advice: turnout is below the quorum, or no voter gave the candidate a valid rating.</summary>
    Inconclusive,
}
