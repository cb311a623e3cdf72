namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// A mobile member's contact standing, in ascending order of concern: with no new contact, the standing
/// only ever moves later in this order as the as-of date advances.
/// </summary>
/// <remarks>
/// <see cref="LostContact"/> ranks above <see cref="WithdrawalReview"/>: a member who cannot be reached
/// cannot be asked whether they had a proper reason (党章 Art. 9), so the branch first deals with the loss
/// of contact. The library flags; the branch decides.
/// </remarks>
public enum ContactStanding
{
    /// <summary>Reported within the reporting interval and nothing else is due.</summary>
    Current,

    /// <summary>No report within the reporting interval.</summary>
    Overdue,

    /// <summary>
    /// In contact, but without organizational life, or without paying dues, or without doing assigned
    /// work for the withdrawal-review interval: flagged for the branch to review (党章 Art. 9).
    /// </summary>
    WithdrawalReview,

    /// <summary>No contact of any kind for the lost-contact interval: flagged for the branch to review.</summary>
    LostContact,
}
