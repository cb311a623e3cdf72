namespace PartyBuilding.Samples.County;

/// <summary>A problem with the arguments, the input or the database: printed as one message, exit code 2.</summary>
internal sealed class HostException(string message) : Exception(message);
