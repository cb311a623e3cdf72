namespace PartyBuilding.Samples.Township.Data;

/// <summary>Bad data: names the file, the record and the rule broken.</summary>
internal sealed class DataException(string message) : Exception(message);
