using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Organizations.Validation;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class StructurePolicyValidatorTests
{
    private readonly StructurePolicyValidator validator = new();

    public static TheoryData<string, StructurePolicy, string> Inconsistent => new()
    {
        { "committee threshold at the formation threshold", StructurePolicy.Default with { BranchCommitteeFromFullMembers = 3 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "committee threshold below the formation threshold", StructurePolicy.Default with { MinimumFullMembers = 8 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "usual committee size below the smallest", StructurePolicy.Default with { BranchCommitteeUsualMaxSize = 2 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "largest committee below the usual largest", StructurePolicy.Default with { BranchCommitteeMaxSize = 4 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "smallest committee above the committee threshold", StructurePolicy.Default with { BranchCommitteeMinSize = 8, BranchCommitteeUsualMaxSize = 8, BranchCommitteeMaxSize = 8 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "branch size below the committee threshold", StructurePolicy.Default with { MaxMembersPerBranch = 6 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "general branch size equal to the branch size", StructurePolicy.Default with { MaxMembersPerGeneralBranch = 50 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "general branch size below the branch size", StructurePolicy.Default with { MaxMembersPerBranch = 120 }, OrganizationErrorCodes.PolicyOutOfOrder },
        { "a joint branch of one unit", StructurePolicy.Default with { MaxUnitsPerJointBranch = 1 }, OrganizationErrorCodes.PolicyNotPositive },
        { "zero committee term", StructurePolicy.Default with { CommitteeTermYears = 0 }, OrganizationErrorCodes.PolicyNotPositive },
        { "negative general branch term", StructurePolicy.Default with { GeneralBranchTermYears = -3 }, OrganizationErrorCodes.PolicyNotPositive },
        { "zero branch term", StructurePolicy.Default with { BranchTermYears = 0 }, OrganizationErrorCodes.PolicyNotPositive },
    };

    [Fact]
    public void The_default_policy_is_consistent() =>
        Assert.True(validator.Validate(StructurePolicy.Default).IsValid);

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void An_inconsistent_policy_is_refused_with_its_code(string description, StructurePolicy policy, string code)
    {
        var result = validator.Validate(policy);

        Assert.False(result.IsValid, description);
        Assert.Equal([code], result.Errors.Select(e => e.ErrorCode).Distinct());
    }

    [Fact]
    public void Non_positive_formation_figures_are_refused_and_every_failure_is_listed()
    {
        var result = validator.Validate(StructurePolicy.Default with { MinimumFullMembers = 0, BranchCommitteeMinSize = 0, MaxMembersPerGeneralBranch = 10 });

        var codes = result.Errors.Select(e => e.ErrorCode).ToArray();
        Assert.Contains(OrganizationErrorCodes.PolicyNotPositive, codes);
        Assert.Contains(OrganizationErrorCodes.PolicyOutOfOrder, codes);
        Assert.Equal(
            new[] { nameof(StructurePolicy.BranchCommitteeMinSize), nameof(StructurePolicy.MaxMembersPerGeneralBranch), nameof(StructurePolicy.MinimumFullMembers) },
            result.Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal));
    }
}
