using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core;

/// <summary>Builds coded, localized validation failures and throws them all at once.</summary>
internal static class Failures
{
    /// <summary>A failure of <paramref name="property"/> with <paramref name="code"/> and its localized text.</summary>
    public static ValidationFailure Of(string property, string code, object? attemptedValue, params object?[] arguments) =>
        new(property, MessageCatalog.FormatFailure(code, property, attemptedValue, arguments), attemptedValue) { ErrorCode = code };

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

    /// <summary>
    /// Adds the failures of one item of a list, each named <c>property.Name</c>; a null item is
    /// <c>COMMON.REQUIRED</c> at <paramref name="property"/>.
    /// </summary>
    /// <param name="validator">The item's validator.</param>
    /// <param name="item">The item.</param>
    /// <param name="property">The item's place, for example <c>members[3]</c>.</param>
    /// <param name="failures">Where the failures go.</param>
    /// <param name="accepts">
    /// The predicate the validator itself is built from, for a batch path: when it accepts the item the full
    /// validator does not run (it runs only to list the failures of an item that fails).
    /// </param>
    /// <returns>Whether the item is not null, so that the caller may go on checking it.</returns>
    public static bool AddItemFailures<T>(this IValidator<T> validator, T? item, string property, List<ValidationFailure> failures, Func<T, bool>? accepts = null)
    {
        if (item is null)
        {
            failures.Add(Of(property, CommonErrorCodes.Required, null));
            return false;
        }

        if (accepts?.Invoke(item) == true)
        {
            return true;
        }

        foreach (var failure in validator.Validate(item).Errors)
        {
            failure.PropertyName = property + "." + failure.PropertyName;
            failures.Add(failure);
        }

        return true;
    }
}
