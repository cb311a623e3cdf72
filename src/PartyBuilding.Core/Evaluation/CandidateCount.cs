namespace PartyBuilding.Core.Evaluation;

/// <summary>One line of a tellers' count sheet: how the valid ballots of one group treated one candidate.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Excellent">Ratings Excellent (优秀).</param>
/// <param name="Competent">Ratings Competent (称职).</param>
/// <param name="BasicallyCompetent">Ratings Basically competent (基本称职).</param>
/// <param name="Incompetent">Ratings Incompetent (不称职).</param>
/// <param name="Abstaining">Valid ballots that left the candidate unrated (弃权).</param>
/// <remarks>
/// The four ratings and the abstentions add up to the group's valid ballots; <see cref="Validation.CountSheetValidator"/>
/// checks it where the sheet is accepted.
/// </remarks>
public sealed record CandidateCount(CadreId Candidate, int Excellent, int Competent, int BasicallyCompetent, int Incompetent, int Abstaining);
