using System.Text.Json;
using FluentValidation.Results;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.DependencyInjection;

/// <summary>Policy documents as options: each replaces the versions of the policy it is written for.</summary>
public sealed partial class PartyBuildingOptions
{
    private readonly List<ValidationFailure> documentFailures = [];

    /// <summary>
    /// Reads a policy document (its <c>policy</c> property names the policy type) and sets that policy's versions
    /// from it. A document that is not valid sets nothing: its failures, each named <c>Option:$.json.path</c>, are
    /// thrown by <c>AddPartyBuilding</c> together with every other failure of the options.
    /// </summary>
    /// <param name="json">The document's text.</param>
    /// <returns>These options, for chaining.</returns>
    public PartyBuildingOptions UsePolicyDocument(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return UsePolicyDocument(document);
        }
        catch (JsonException exception)
        {
            documentFailures.Add(Failures.Of("$", PolicyErrorCodes.DocumentMalformed, null, exception.LineNumber + 1, exception.BytePositionInLine + 1));
            return this;
        }
    }

    /// <summary>Reads a policy document from a UTF-8 stream (not closed); see <see cref="UsePolicyDocument(string)"/>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>These options, for chaining.</returns>
    public PartyBuildingOptions UsePolicyDocument(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, leaveOpen: true);
        return UsePolicyDocument(reader.ReadToEnd());
    }

    /// <summary>Reads a parsed policy document (the host keeps ownership); see <see cref="UsePolicyDocument(string)"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>These options, for chaining.</returns>
    public PartyBuildingOptions UsePolicyDocument(JsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.RootElement;
        var name = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("policy", out var policy) && policy.ValueKind == JsonValueKind.String
            ? policy.GetString()
            : null;
        switch (name)
        {
            case null:
                documentFailures.Add(Failures.Of("$.policy", PolicyErrorCodes.PropertyMissing, null));
                return this;
            case "structure":
                return Use(StructurePolicyDocument.Format, document, (o, s) => o.Structure = s, nameof(Structure));
            case "four-haves":
                return Use(Core.FourHaves.FourHavesPolicyDocument.Format, document, (o, s) => o.FourHaves = s, nameof(FourHaves));
            case "affiliation":
                return Use(Core.Affiliation.AffiliationPolicyDocument.Format, document, (o, s) => o.Affiliation = s, nameof(Affiliation));
            case "evaluation":
                return Use(Core.Evaluation.EvaluationPolicyDocument.Format, document, (o, s) => o.Evaluation = s, nameof(Evaluation));
            case "accountability":
                return Use(Core.Accountability.AccountabilityPolicyDocument.Format, document, (o, s) => o.Accountability = s, nameof(Accountability));
            case "outreach":
                return Use(Core.Outreach.OutreachPolicyDocument.Format, document, (o, s) => o.Outreach = s, nameof(Outreach));
            case "education":
                return Use(Core.Education.EducationPolicyDocument.Format, document, (o, s) => o.Education = s, nameof(Education));
            case "petitions":
                return Use(Core.Petitions.PetitionPolicyDocument.Format, document, (o, s) => o.Petitions = s, nameof(Petitions));
            case "teams":
                return Use(Core.Teams.TeamsPolicyDocument.Format, document, (o, s) => o.Teams = s, nameof(Teams));
            case "dues":
                return Use(Core.Members.DuesPolicyDocument.Format, document, (o, s) => o.Dues = s, nameof(Dues));
            case "governance":
                return Use(Core.Governance.GovernancePolicyDocument.Format, document, (o, s) => o.Governance = s, nameof(Governance));
            default:
                documentFailures.Add(Failures.Of("$.policy", PolicyErrorCodes.TypeUnknown, name, name, string.Join(", ", DocumentNames)));
                return this;
        }
    }

    /// <summary>The policy types a document may name.</summary>
    internal static IReadOnlyList<string> DocumentNames { get; } =
        ["structure", "affiliation", "four-haves", "evaluation", "accountability", "outreach", "education", "petitions", "teams", "dues", "governance"];

    /// <summary>The failures of the documents read so far (empty when all were valid).</summary>
    internal IReadOnlyList<ValidationFailure> DocumentFailures => documentFailures;

    private PartyBuildingOptions Use<TPolicy>(PolicyDocumentFormat<TPolicy> format, JsonDocument document, Action<PartyBuildingOptions, PolicySet<TPolicy>> set, string option)
        where TPolicy : class
    {
        try
        {
            set(this, format.Read(document));
        }
        catch (InvalidInputException error)
        {
            foreach (var failure in error.Errors)
            {
                failure.PropertyName = option + ":" + failure.PropertyName;
                documentFailures.Add(failure);
            }
        }

        return this;
    }
}
