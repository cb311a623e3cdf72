namespace PartyBuilding.Samples.Township;

/// <summary>What the host prints: the text report, the JSON report (exact figures), or one html page.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Html,
}
