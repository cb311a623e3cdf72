namespace PartyBuilding.Core.Evaluation;

/// <summary>The rating (评价等次) a voter gives a candidate on a ballot.</summary>
public enum Rating
{
    /// <summary>Excellent (优秀).</summary>
    Excellent,

    /// <summary>Competent (称职).</summary>
    Competent,

    /// <summary>Basically competent (基本称职).</summary>
    BasicallyCompetent,

    /// <summary>Incompetent (不称职).</summary>
    Incompetent,
}
