namespace PartyBuilding.Core.Accountability;

/// <summary>Identifies a rectification order (整改通知) within a host's data.</summary>
[Identifier]
public readonly partial record struct RectificationOrderId;
