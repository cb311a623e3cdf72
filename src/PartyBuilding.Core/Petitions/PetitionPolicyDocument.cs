using PartyBuilding.Core.Petitions.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Petitions;

/// <summary>The petition policy as a JSON document (<c>"policy": "petitions"</c>).</summary>
public static class PetitionPolicyDocument
{
    /// <summary>Reads and writes <see cref="PetitionPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<PetitionPolicy> Format { get; } =
        new("petitions", PetitionPolicyJsonContext.Default.PolicyDocumentDataPetitionPolicy, new PetitionPolicyValidator());
}
