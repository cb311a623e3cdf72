using FluentValidation;

namespace PartyBuilding.Core;

/// <summary>Gives a FluentValidation rule a stable code and the localized text of that code.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>
    /// Sets the error code and a message read from the resources for the code when validation runs,
    /// so the text follows <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.
    /// FluentValidation placeholders such as <c>{PropertyName}</c> and <c>{PropertyValue}</c> work in the text.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code) =>
        rule.WithErrorCode(code).WithMessage(_ => MessageCatalog.Get(code));
}
