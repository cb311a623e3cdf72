using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// What a host stores about one accountability case so that the accountability specifications can query
/// it, in memory or through an ORM. Plain properties only, so that filters translate to SQL. Build one
/// from a case with <see cref="Of"/>.
/// </summary>
public sealed record AccountabilityCaseSummary
{
    /// <summary>The case's id.</summary>
    public required CaseId Id { get; init; }

    /// <summary>Whether the subject is a cadre or an organization.</summary>
    public required SubjectKind SubjectKind { get; init; }

    /// <summary>The subject's key (<see cref="AccountabilitySubject.Key"/>).</summary>
    public required string SubjectKey { get; init; }

    /// <summary>The current state.</summary>
    public required CaseState State { get; init; }

    /// <summary>The day the complaint was received.</summary>
    public required LocalDate ReceivedOn { get; init; }

    /// <summary>The registration deadline (<see cref="AccountabilityCase.RegistrationDeadline"/>).</summary>
    public required LocalDate RegistrationDeadline { get; init; }

    /// <summary>The conclusion deadline, with any extension; null before acceptance.</summary>
    public LocalDate? ConclusionDeadline { get; init; }

    /// <summary>The finding's outcome; null before the finding.</summary>
    public FindingOutcome? Outcome { get; init; }

    /// <summary>The day of the finding; null before it.</summary>
    public LocalDate? ConcludedOn { get; init; }

    /// <summary>Whether the recorded sanction requires disclosure.</summary>
    public bool RequiresDisclosure { get; init; }

    /// <summary>The day of disclosure; null before it.</summary>
    public LocalDate? DisclosedOn { get; init; }

    /// <summary>
    /// The day the same subject's previous substantiated case was concluded, if any (the host fills it in
    /// when it stores a substantiated case); <c>SubjectsWithRepeatedSubstantiatedCasesSpec</c> reads it.
    /// </summary>
    public LocalDate? PreviousSubstantiatedOn { get; init; }

    /// <summary>The summary of <paramref name="accountabilityCase"/> as it stands.</summary>
    /// <param name="accountabilityCase">The case.</param>
    /// <param name="previousSubstantiatedOn">The day the same subject's previous substantiated case was concluded, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accountabilityCase"/> is null.</exception>
    public static AccountabilityCaseSummary Of(AccountabilityCase accountabilityCase, LocalDate? previousSubstantiatedOn = null)
    {
        ArgumentNullException.ThrowIfNull(accountabilityCase);
        return new AccountabilityCaseSummary
        {
            Id = accountabilityCase.Id,
            SubjectKind = accountabilityCase.Subject.Kind,
            SubjectKey = accountabilityCase.Subject.Key,
            State = accountabilityCase.State,
            ReceivedOn = accountabilityCase.ReceivedOn,
            RegistrationDeadline = accountabilityCase.RegistrationDeadline,
            ConclusionDeadline = accountabilityCase.ConclusionDeadline,
            Outcome = accountabilityCase.Finding?.Outcome,
            ConcludedOn = accountabilityCase.ConcludedOn,
            RequiresDisclosure = accountabilityCase.RequiresDisclosure,
            DisclosedOn = accountabilityCase.DisclosedOn,
            PreviousSubstantiatedOn = previousSubstantiatedOn,
        };
    }
}
