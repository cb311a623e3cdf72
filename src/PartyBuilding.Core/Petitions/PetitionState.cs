namespace PartyBuilding.Core.Petitions;

/// <summary>The states of a <see cref="PetitionCase"/>, in the order a petition passes through them.</summary>
public enum PetitionState
{
    /// <summary>Received (登记); to be transferred, assigned or decided on, and the petitioner told, within the limits.</summary>
    Received,

    /// <summary>Accepted and being handled (受理、办理); to be answered by the handling limit.</summary>
    Accepted,

    /// <summary>Not accepted (不予受理).</summary>
    NotAccepted,

    /// <summary>Diverted to another procedure.</summary>
    Diverted,

    /// <summary>Answered in writing; the petitioner may request a review within the limit.</summary>
    Answered,

    /// <summary>A review was requested; to be answered by the review limit.</summary>
    ReviewRequested,

    /// <summary>The review was answered; the petitioner may request a re-review within the limit.</summary>
    Reviewed,

    /// <summary>A re-review was requested; to be answered by the re-review limit (hearing days not counted).</summary>
    ReReviewRequested,

    /// <summary>The re-review was answered: final, the same request on the same facts is not accepted again.</summary>
    ReReviewed,

    /// <summary>Closed (办结); nothing more may happen to it.</summary>
    Closed,
}
