namespace PartyBuilding.Core.Education;

/// <summary>
/// What a host stores about one member's training in one year, so that the education specifications can query it.
/// Plain properties only; build one with <see cref="Of"/>.
/// </summary>
/// <remarks>A row is identified by its member and year.</remarks>
public sealed record TrainingHoursSummary
{
    /// <summary>The member.</summary>
    public required MemberId Member { get; init; }

    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>The role whose requirement applies.</summary>
    public required TrainingRole Role { get; init; }

    /// <summary>The class hours taken.</summary>
    public required long Hours { get; init; }

    /// <summary>The class hours required.</summary>
    public required int Required { get; init; }

    /// <summary>The summary of <paramref name="standing"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="standing"/> is null.</exception>
    public static TrainingHoursSummary Of(TrainingStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return new TrainingHoursSummary { Member = standing.Member, Year = standing.Year, Role = standing.Role, Hours = standing.Hours, Required = standing.Required };
    }
}
