using PartyBuilding.Core.Organizations.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Organizations;

/// <summary>The structure policy as a JSON document (<c>"policy": "structure"</c>).</summary>
public static class StructurePolicyDocument
{
    /// <summary>Reads and writes <see cref="StructurePolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<StructurePolicy> Format { get; } =
        new("structure", StructurePolicyJsonContext.Default.PolicyDocumentDataStructurePolicy, new StructurePolicyValidator());
}
