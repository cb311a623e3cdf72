using NodaTime;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// What a host stores about one enterprise's coverage and latest four-haves assessment, so that the
/// four-haves specifications can query it in memory or through an ORM. Plain properties only.
/// </summary>
public sealed record EnterpriseAssessmentSummary
{
    /// <summary>The enterprise.</summary>
    public required EnterpriseId Id { get; init; }

    /// <summary>The area the enterprise lies in, or null.</summary>
    public string? AreaCode { get; init; }

    /// <summary>Whether the enterprise is operating.</summary>
    public required bool Operating { get; init; }

    /// <summary>How the party covers it.</summary>
    public required CoverageKind Coverage { get; init; }

    /// <summary>The date of the latest assessment; null when never assessed.</summary>
    public LocalDate? AssessedOn { get; init; }

    /// <summary>The Seat score of the latest assessment.</summary>
    public int SeatScore { get; init; }

    /// <summary>The Action score of the latest assessment.</summary>
    public int ActionScore { get; init; }

    /// <summary>The Attraction score of the latest assessment.</summary>
    public int AttractionScore { get; init; }

    /// <summary>The Supervision score of the latest assessment.</summary>
    public int SupervisionScore { get; init; }

    /// <summary>The total of the latest assessment.</summary>
    public int Total { get; init; }

    /// <summary>Whether the Seat have was met.</summary>
    public bool SeatMet { get; init; }

    /// <summary>Whether the Action have was met.</summary>
    public bool ActionMet { get; init; }

    /// <summary>Whether the Attraction have was met.</summary>
    public bool AttractionMet { get; init; }

    /// <summary>Whether the Supervision have was met.</summary>
    public bool SupervisionMet { get; init; }

    /// <summary>The grade of the latest assessment (after veto).</summary>
    public Grade Grade { get; init; }

    /// <summary>Whether a veto item applied.</summary>
    public bool Vetoed { get; init; }

    /// <summary>Builds the summary a host stores after assessing <paramref name="enterprise"/> on <paramref name="assessedOn"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The assessment is of another enterprise (code <c>FH.ASSESSMENT_MISMATCH</c>).</exception>
    public static EnterpriseAssessmentSummary From(EnterpriseProfile enterprise, CoverageKind coverage, FourHavesAssessment assessment, LocalDate assessedOn)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Enterprise != enterprise.Id)
        {
            throw new InvalidInputException([Failures.Of(nameof(assessment), FourHavesErrorCodes.AssessmentMismatch, assessment.Enterprise.Value, assessment.Enterprise.Value, enterprise.Id.Value)]);
        }

        return new EnterpriseAssessmentSummary
        {
            Id = enterprise.Id,
            AreaCode = enterprise.AreaCode,
            Operating = enterprise.Operating,
            Coverage = coverage,
            AssessedOn = assessedOn,
            SeatScore = assessment.Seat,
            ActionScore = assessment.Action,
            AttractionScore = assessment.Attraction,
            SupervisionScore = assessment.Supervision,
            Total = assessment.Total,
            SeatMet = assessment.IsMet(Have.Seat),
            ActionMet = assessment.IsMet(Have.Action),
            AttractionMet = assessment.IsMet(Have.Attraction),
            SupervisionMet = assessment.IsMet(Have.Supervision),
            Grade = assessment.Grade,
            Vetoed = assessment.Vetoed,
        };
    }
}
