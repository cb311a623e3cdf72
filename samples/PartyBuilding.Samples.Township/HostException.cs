namespace PartyBuilding.Samples.Township;

/// <summary>A problem with the arguments or the data: printed as one message, exit code 2.</summary>
internal sealed class HostException(string message) : Exception(message);
