using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Common;

public sealed class ReasonTests
{
    [Fact]
    public void The_text_follows_the_UI_culture_and_the_code_does_not()
    {
        var english = Culture.Under("en", () => Reason.Of(OrganizationReasonCodes.BranchSize, 42, 50));
        var chinese = Culture.Under("zh-CN", () => Reason.Of(OrganizationReasonCodes.BranchSize, 42, 50));

        Assert.Equal(OrganizationReasonCodes.BranchSize, english.Code);
        Assert.Equal(english.Code, chinese.Code);
        Assert.NotEqual(english.Message, chinese.Message);
        Assert.Contains("42", english.Message, StringComparison.Ordinal);
        Assert.Contains("42", chinese.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Cultures_without_their_own_text_fall_back_to_English(string culture)
    {
        var english = Culture.Under("en", () => Reason.Of(OrganizationReasonCodes.NoMembers));
        var other = Culture.Under(culture, () => Reason.Of(OrganizationReasonCodes.NoMembers));

        Assert.Equal(english, other);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-Hans-CN")]
    [InlineData("zh-TW")]
    public void Chinese_cultures_other_than_zh_CN_never_get_an_empty_text(string culture)
    {
        var text = Culture.Under(culture, () => Reason.Of(OrganizationReasonCodes.NoMembers)).Message;

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.NotEqual(OrganizationReasonCodes.NoMembers, text);
    }

    [Fact]
    public void Validation_failures_are_localized_and_keep_their_codes()
    {
        var advisor = new StructureAdvisor(StructurePolicy.Default);

        var english = Culture.Under("en", () => Assert.Throws<InvalidInputException>(() => advisor.Advise(-1, 0)));
        var chinese = Culture.Under("zh-CN", () => Assert.Throws<InvalidInputException>(() => advisor.Advise(-1, 0)));

        Assert.Equal(english.Codes, chinese.Codes);
        Assert.Equal([OrganizationErrorCodes.CountNegative], english.Codes);
        Assert.NotEqual(english.Errors[0].ErrorMessage, chinese.Errors[0].ErrorMessage);
        Assert.Equal(-1, english.Errors[0].AttemptedValue);
    }

    [Fact]
    public void Validator_messages_are_localized_when_validation_runs()
    {
        var validator = new PartyBuilding.Core.Organizations.Validation.PartyOrganizationValidator();
        var organization = new PartyOrganization(new OrganizationId("x"), "", OrganizationLevel.Branch, OrganizationKind.Village);

        var english = Culture.Under("en", () => validator.Validate(organization).Errors.Single());
        var chinese = Culture.Under("zh-CN", () => validator.Validate(organization).Errors.Single());

        Assert.Equal(OrganizationErrorCodes.NameEmpty, english.ErrorCode);
        Assert.Equal(english.ErrorCode, chinese.ErrorCode);
        Assert.NotEqual(english.ErrorMessage, chinese.ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void A_reason_needs_a_code(string? code) =>
        Assert.ThrowsAny<ArgumentException>(() => Reason.Of(code!));

    [Fact]
    public void Reasons_are_values()
    {
        var a = Culture.Under("en", () => Reason.Of(OrganizationReasonCodes.Term, 5));
        var b = Culture.Under("en", () => Reason.Of(OrganizationReasonCodes.Term, 5));
        var c = Culture.Under("en", () => Reason.Of(OrganizationReasonCodes.Term, 3));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.StartsWith(OrganizationReasonCodes.Term + ": ", a.ToString(), StringComparison.Ordinal);
    }
}
