using PartyBuilding.Core.Education.Validation;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Education;

/// <summary>The education policy as a JSON document (<c>"policy": "education"</c>).</summary>
public static class EducationPolicyDocument
{
    /// <summary>Reads and writes <see cref="EducationPolicy"/> documents; ships <c>default</c>.</summary>
    public static PolicyDocumentFormat<EducationPolicy> Format { get; } =
        new("education", EducationPolicyJsonContext.Default.PolicyDocumentDataEducationPolicy, new EducationPolicyValidator());
}
