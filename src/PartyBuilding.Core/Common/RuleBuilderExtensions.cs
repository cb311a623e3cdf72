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

    /// <summary>
    /// Sets the error code and a message whose numbered placeholders (<c>{0}</c>, <c>{1}</c>…) are filled with
    /// <paramref name="arguments"/> of the object and the property value, for a code whose text is shared with
    /// <see cref="Failures.Of"/> and <see cref="Reason.Of"/>.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, TProperty, object?[]> arguments) =>
        rule.WithErrorCode(code).WithMessage((instance, value) => MessageCatalog.Format(code, arguments(instance, value)));
}
