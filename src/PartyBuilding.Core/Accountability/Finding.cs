namespace PartyBuilding.Core.Accountability;

/// <summary>
/// The finding that concludes an investigation. Make one with <see cref="Substantiated"/> or
/// <see cref="Unsubstantiated"/>; a substantiated finding also records the facts the escalator weighs.
/// </summary>
/// <remarks><c>FindingValidator</c> refuses an inconsistent finding (for example an unsubstantiated one with an impact).</remarks>
public sealed record Finding
{
    /// <summary>Substantiated or unsubstantiated.</summary>
    public required FindingOutcome Outcome { get; init; }

    /// <summary>The kind of misconduct; set exactly when substantiated.</summary>
    public MisconductKind? Kind { get; init; }

    /// <summary>The impact of the misconduct; set exactly when substantiated.</summary>
    public Impact? Impact { get; init; }

    /// <summary>The grounds of an unsubstantiated finding (why the complaint does not hold); required then.</summary>
    public string? Grounds { get; init; }

    /// <summary>The subject obstructed the investigation (one step up).</summary>
    public bool ObstructedInvestigation { get; init; }

    /// <summary>The subject remedied the harm promptly (one step down).</summary>
    public bool PromptRemedy { get; init; }

    /// <summary>The subject's dissent was recorded in the collective decision at fault (accountability waived, 问责条例 Art. 17).</summary>
    public bool DissentRecorded { get; init; }

    /// <summary>Force majeure after due diligence (accountability waived, 问责条例 Art. 17).</summary>
    public bool ForceMajeure { get; init; }

    /// <summary>A substantiated finding of <paramref name="kind"/> with <paramref name="impact"/>.</summary>
    public static Finding Substantiated(MisconductKind kind, Impact impact) =>
        new() { Outcome = FindingOutcome.Substantiated, Kind = kind, Impact = impact };

    /// <summary>An unsubstantiated finding on <paramref name="grounds"/>.</summary>
    public static Finding Unsubstantiated(string grounds) =>
        new() { Outcome = FindingOutcome.Unsubstantiated, Grounds = grounds };
}
