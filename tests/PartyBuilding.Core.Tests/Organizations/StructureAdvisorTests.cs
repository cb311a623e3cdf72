using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class StructureAdvisorTests
{
    private readonly StructureAdvisor advisor = new(StructurePolicy.Default);

    [Theory]
    [InlineData(0, 0, AdvisedForm.Instructor, OrganizationReasonCodes.NoMembers)]
    [InlineData(0, 1, AdvisedForm.JointBranch, OrganizationReasonCodes.TooFewFullMembers)]
    [InlineData(2, 0, AdvisedForm.JointBranch, OrganizationReasonCodes.TooFewFullMembers)]
    [InlineData(2, 60, AdvisedForm.JointBranch, OrganizationReasonCodes.TooFewFullMembers)]
    [InlineData(3, 0, AdvisedForm.Branch, OrganizationReasonCodes.SecretaryOnly)]
    [InlineData(6, 10, AdvisedForm.Branch, OrganizationReasonCodes.SecretaryOnly)]
    [InlineData(7, 0, AdvisedForm.BranchWithCommittee, OrganizationReasonCodes.BranchCommittee)]
    [InlineData(40, 10, AdvisedForm.BranchWithCommittee, OrganizationReasonCodes.BranchCommittee)]
    [InlineData(40, 11, AdvisedForm.GeneralBranch, OrganizationReasonCodes.GeneralBranchSize)]
    [InlineData(100, 0, AdvisedForm.GeneralBranch, OrganizationReasonCodes.GeneralBranchSize)]
    [InlineData(100, 1, AdvisedForm.PrimaryCommittee, OrganizationReasonCodes.PrimaryCommitteeSize)]
    public void Advises_the_form_at_each_boundary(int full, int probationary, AdvisedForm form, string firstReason)
    {
        var advice = advisor.Advise(full, probationary);

        Assert.Equal(form, advice.Form);
        Assert.Equal(firstReason, advice.Reasons[0].Code);
    }

    [Fact]
    public void Negative_counts_are_refused_with_every_failure_listed()
    {
        var error = Assert.Throws<InvalidInputException>(() => advisor.Advise(-1, -2));

        Assert.Equal(2, error.Errors.Count());
        Assert.All(error.Errors, e => Assert.Equal(OrganizationErrorCodes.CountNegative, e.ErrorCode));
        Assert.IsAssignableFrom<ArgumentException>(error);
    }
}
