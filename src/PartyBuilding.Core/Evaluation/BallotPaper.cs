namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// A blank ballot issued by a <see cref="BallotBox"/> to an eligible voter, to be cast once.
/// </summary>
/// <param name="Serial">A random serial that the box recognises once; it is not recorded with the voter.</param>
/// <param name="Group">The name of the voter's rater group.</param>
/// <remarks>
/// The box records that the voter has been issued a paper (the issuance register holds voter ids
/// only) and, separately, which serials are still outstanding; when the paper is cast the serial is
/// spent and the ballot is stored with its group and ratings only.
/// </remarks>
public sealed record BallotPaper(Guid Serial, string Group);
