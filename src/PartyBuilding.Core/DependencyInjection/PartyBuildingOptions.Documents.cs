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
        if (name is null)
        {
            documentFailures.Add(Failures.Of("$.policy", PolicyErrorCodes.PropertyMissing, null));
        }
        else if (Readers.TryGetValue(name, out var read))
        {
            read(this, document);
        }
        else
        {
            documentFailures.Add(Failures.Of("$.policy", PolicyErrorCodes.TypeUnknown, name, name, string.Join(", ", DocumentNames)));
        }

        return this;
    }

    /// <summary>The policy types a document may name: each format's own name.</summary>
    internal static IReadOnlyList<string> DocumentNames => [.. Readers.Keys];

    /// <summary>The failures of the documents read so far (empty when all were valid).</summary>
    internal IReadOnlyList<ValidationFailure> DocumentFailures => documentFailures;

    // Each format sets its option from a document; its failures are named Option:$.path.
    private static readonly Dictionary<string, Action<PartyBuildingOptions, JsonDocument>> Readers = new[]
    {
        Reader(StructurePolicyDocument.Format, (o, s) => o.Structure = s, nameof(Structure)),
        Reader(Core.Affiliation.AffiliationPolicyDocument.Format, (o, s) => o.Affiliation = s, nameof(Affiliation)),
        Reader(Core.FourHaves.FourHavesPolicyDocument.Format, (o, s) => o.FourHaves = s, nameof(FourHaves)),
        Reader(Core.Evaluation.EvaluationPolicyDocument.Format, (o, s) => o.Evaluation = s, nameof(Evaluation)),
        Reader(Core.Accountability.AccountabilityPolicyDocument.Format, (o, s) => o.Accountability = s, nameof(Accountability)),
        Reader(Core.Outreach.OutreachPolicyDocument.Format, (o, s) => o.Outreach = s, nameof(Outreach)),
        Reader(Core.Education.EducationPolicyDocument.Format, (o, s) => o.Education = s, nameof(Education)),
        Reader(Core.Petitions.PetitionPolicyDocument.Format, (o, s) => o.Petitions = s, nameof(Petitions)),
        Reader(Core.Teams.TeamsPolicyDocument.Format, (o, s) => o.Teams = s, nameof(Teams)),
        Reader(Core.Members.DuesPolicyDocument.Format, (o, s) => o.Dues = s, nameof(Dues)),
        Reader(Core.Governance.GovernancePolicyDocument.Format, (o, s) => o.Governance = s, nameof(Governance)),
    }.ToDictionary(r => r.Name, r => r.Read, StringComparer.Ordinal);

    private static (string Name, Action<PartyBuildingOptions, JsonDocument> Read) Reader<TPolicy>(
        PolicyDocumentFormat<TPolicy> format, Action<PartyBuildingOptions, PolicySet<TPolicy>> set, string option)
        where TPolicy : class =>
        (format.Name, (options, document) =>
        {
            try
            {
                set(options, format.Read(document));
            }
            catch (InvalidInputException error)
            {
                foreach (var failure in error.Errors)
                {
                    failure.PropertyName = option + ":" + failure.PropertyName;
                    options.documentFailures.Add(failure);
                }
            }
        });
}
