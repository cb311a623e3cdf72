using System.Runtime.CompilerServices;

namespace PartyBuilding.Core;

/// <summary>Preconditions shared by the value types; each names the parameter it checks.</summary>
internal static class Guard
{
    /// <summary>Refuses a null, empty or whitespace identifier with the coded <see cref="InvalidInputException"/>.</summary>
    public static string Id(string value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException([Failures.Of(parameterName ?? nameof(value), CommonErrorCodes.IdEmpty, value)], parameterName);
        }

        return value;
    }

    /// <summary>The non-generic comparison of an id with a boxed value: null sorts first, another type is refused.</summary>
    public static int CompareBoxed<TId>(TId id, object? obj)
        where TId : struct, IComparable<TId> => obj switch
        {
            null => 1,
            TId other => id.CompareTo(other),
            _ => throw new ArgumentException($"Object must be of type {typeof(TId).Name}.", nameof(obj)),
        };
}
