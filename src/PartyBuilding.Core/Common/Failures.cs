using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core;

/// <summary>Builds coded, localized validation failures and throws them all at once.</summary>
internal static class Failures
{
    /// <summary>A failure of <paramref name="property"/> with <paramref name="code"/> and its localized text.</summary>
    public static ValidationFailure Of(string property, string code, object? attemptedValue, params object?[] arguments) =>
        new(property, MessageCatalog.Format(code, arguments), attemptedValue) { ErrorCode = code };

    /// <summary>Throws an <see cref="InvalidInputException"/> naming every failure, if there is any.</summary>
    public static void ThrowIfAny(List<ValidationFailure> failures)
    {
        if (failures.Count > 0)
        {
            throw new InvalidInputException(failures);
        }
    }

    /// <summary>Validates <paramref name="instance"/> and throws an <see cref="InvalidInputException"/> naming every failure.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public static void ThrowIfInvalid<T>(this IValidator<T> validator, T instance, string parameterName)
    {
        if (instance is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var result = validator.Validate(instance);
        if (!result.IsValid)
        {
            throw new InvalidInputException(result.Errors);
        }
    }
}
