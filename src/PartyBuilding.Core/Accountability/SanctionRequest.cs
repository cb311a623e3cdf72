using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>The facts an <see cref="IAccountabilityEscalator"/> weighs to decide a sanction.</summary>
/// <remarks><c>SanctionRequestValidator</c> refuses an invalid request. Two requests are equal when every property is, the prior dates compared item by item.</remarks>
public sealed record SanctionRequest
{
    /// <summary>The cadre or organization to be sanctioned.</summary>
    public required AccountabilitySubject Subject { get; init; }

    /// <summary>The kind of misconduct found.</summary>
    public required MisconductKind Kind { get; init; }

    /// <summary>The impact found.</summary>
    public required Impact Impact { get; init; }

    /// <summary>The date of the decision; the look-back window ends the day before it.</summary>
    public required LocalDate DecidedOn { get; init; }

    /// <summary>
    /// The dates on which earlier cases against the same subject were found substantiated. Only those
    /// within the look-back window before <see cref="DecidedOn"/> count; others are ignored. The request keeps a
    /// read-only copy of the list it is given.
    /// </summary>
    public IReadOnlyList<LocalDate> PriorSubstantiatedOn { get; init => field = ValueList<LocalDate>.From(value); } = ValueList<LocalDate>.Of();

    /// <summary>The subject obstructed the investigation.</summary>
    public bool ObstructedInvestigation { get; init; }

    /// <summary>The case follows a rectification order the subject did not meet by its deadline.</summary>
    public bool MissedRectificationOrder { get; init; }

    /// <summary>The subject remedied the harm promptly.</summary>
    public bool PromptRemedy { get; init; }

    /// <summary>The subject's dissent was recorded in the collective decision at fault.</summary>
    public bool DissentRecorded { get; init; }

    /// <summary>Force majeure after due diligence.</summary>
    public bool ForceMajeure { get; init; }

    /// <summary>
    /// The label of the policy version to decide under (the one the case opened under), or null for
    /// the version in force on <see cref="DecidedOn"/>.
    /// </summary>
    public string? PolicyLabel { get; init; }

}
