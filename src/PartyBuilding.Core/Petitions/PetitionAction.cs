namespace PartyBuilding.Core.Petitions;

/// <summary>What a <see cref="PetitionEvent"/> records.</summary>
public enum PetitionAction
{
    /// <summary>The petition was received and the case opened (always the first event).</summary>
    Received,

    /// <summary>Transferred or assigned to another tier (<see cref="PetitionEvent.Tier"/>).</summary>
    Transferred,

    /// <summary>The receiver of a transfer objected that the matter is outside its remit; the matter went back.</summary>
    TransferObjected,

    /// <summary>Accepted for handling (受理).</summary>
    Accepted,

    /// <summary>Not accepted (不予受理), with grounds (<see cref="PetitionEvent.Note"/>).</summary>
    NotAccepted,

    /// <summary>Diverted to another procedure (<see cref="PetitionEvent.Procedure"/>).</summary>
    Diverted,

    /// <summary>The handling limit was extended by <see cref="PetitionEvent.Days"/>, with a reason (<see cref="PetitionEvent.Note"/>).</summary>
    Extended,

    /// <summary>The written answer was given (出具处理意见).</summary>
    Answered,

    /// <summary>The petitioner requested a review (复查) by the tier above.</summary>
    ReviewRequested,

    /// <summary>The review was answered.</summary>
    Reviewed,

    /// <summary>The petitioner requested a re-review (复核) by the tier above the reviewer.</summary>
    ReReviewRequested,

    /// <summary>A hearing of <see cref="PetitionEvent.Days"/> days was held in the re-review; its days are not counted in the limit.</summary>
    HearingHeld,

    /// <summary>The re-review was answered: the petition is final.</summary>
    ReReviewed,

    /// <summary>The case was closed (办结).</summary>
    Closed,
}
