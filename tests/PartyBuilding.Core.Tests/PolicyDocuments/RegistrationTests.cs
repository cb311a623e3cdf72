using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Policies;
using Xunit;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary><c>UsePolicyDocument</c>: a document replaces its policy's defaults; a bad one fails registration with every failure.</summary>
public sealed class RegistrationTests
{
    private static string Structure(int maxMembersPerBranch, string label = "2027-county", string from = "2027-01-01") =>
        StructurePolicyDocument.Format.Write(new PolicySet<StructurePolicy>(
        [
            new PolicyVersion<StructurePolicy>("2020-county", new NodaTime.LocalDate(2020, 1, 1), StructurePolicy.Default),
            new PolicyVersion<StructurePolicy>(label, NodaTime.LocalDate.FromDateTime(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture)), StructurePolicy.Default with { MaxMembersPerBranch = maxMembersPerBranch }),
        ]));

    private static InvalidInputException Refusal(Action<PartyBuildingOptions> configure) =>
        Assert.Throws<InvalidInputException>(() => new ServiceCollection().AddPartyBuilding(configure));

    [Fact]
    public void A_document_replaces_the_defaults_of_its_policy()
    {
        using var services = new ServiceCollection().AddPartyBuilding(o => o.UsePolicyDocument(Structure(40))).BuildServiceProvider();
        var set = services.GetRequiredService<PolicySet<StructurePolicy>>();
        Assert.Equal(["2020-county", "2027-county"], set.Versions.Select(v => v.Label));
        Assert.Equal(40, services.GetRequiredService<StructurePolicy>().MaxMembersPerBranch);
    }

    [Fact]
    public void A_stream_registers_as_the_text_does()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Structure(45)));
        using var services = new ServiceCollection().AddPartyBuilding(o => o.UsePolicyDocument(stream)).BuildServiceProvider();
        Assert.Equal(45, services.GetRequiredService<StructurePolicy>().MaxMembersPerBranch);
    }

    [Fact]
    public void Every_failure_of_every_document_and_option_is_listed_with_its_option()
    {
        var error = Refusal(o =>
        {
            o.UsePolicyDocument(Structure(0));
            o.UsePolicyDocument("""{"policy":"structure","versions":[{"label":"x"}]}""");
            o.UsePolicyDocument("""{"policy":"no-such-policy"}""");
            o.UsePolicyDocument("""{"versions":[]}""");
            o.UsePolicyDocument("{");
            o.TimeZoneId = "Mars/Olympus";
        });
        var failures = error.Errors.Select(f => (f.ErrorCode, f.PropertyName)).ToList();
        Assert.Contains(failures, f => f.PropertyName.StartsWith("Structure:$.versions[1].figures.", StringComparison.Ordinal));
        Assert.Contains((PolicyErrorCodes.PropertyMissing, "Structure:$.versions[0].effectiveFrom"), failures);
        Assert.Contains((PolicyErrorCodes.TypeUnknown, "$.policy"), failures);
        Assert.Contains((PolicyErrorCodes.PropertyMissing, "$.policy"), failures);
        Assert.Contains((PolicyErrorCodes.DocumentMalformed, "$"), failures);
        Assert.Contains((CommonErrorCodes.TimeZoneUnknown, "TimeZoneId"), failures);
    }

    [Fact]
    public void A_bad_document_sets_nothing()
    {
        var options = new PartyBuildingOptions();
        var before = options.Structure;
        options.UsePolicyDocument(Structure(0));
        Assert.Same(before, options.Structure);
    }

    [Fact]
    public void Every_format_a_document_may_name_registers()
    {
        foreach (var @case in DocumentCases.All)
        {
            Assert.Contains(@case.Name, PartyBuildingOptions.DocumentNames);
            var options = new PartyBuildingOptions().UsePolicyDocument(@case.ShippedText("default"));
            Assert.Empty(options.DocumentFailures);
        }

        Assert.Equal(DocumentCases.All.Count, PartyBuildingOptions.DocumentNames.Count);
    }
}
