using System.Text;
using FluentValidation.Results;

namespace PartyBuilding.Core;

/// <summary>
/// Thrown when input to a rule service, a registry, a policy set or the registration is invalid.
/// It lists every failure, each with its stable error code (<see cref="ValidationFailure.ErrorCode"/>),
/// the property and the attempted value; nothing was decided or changed.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentException"/>, as the library's contract promises. FluentValidation 12's
/// own <c>ValidationException</c> derives from <see cref="Exception"/> only, so the library carries
/// FluentValidation's failures in this type instead.
/// </remarks>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception with no failures listed.</summary>
    public InvalidInputException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no failures listed.</summary>
    public InvalidInputException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no failures listed.</summary>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the exception listing <paramref name="errors"/>.</summary>
    /// <param name="errors">Every failure found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="InvalidInputException">A failure in the list is null (code <c>COMMON.REQUIRED</c>, named <c>errors[index]</c>).</exception>
    public InvalidInputException(IEnumerable<ValidationFailure> errors)
        : this(ValueList<ValidationFailure>.Copy(errors, nameof(errors)))
    {
    }

    /// <summary>Creates the exception listing <paramref name="errors"/> of one parameter, named by <paramref name="paramName"/>.</summary>
    internal InvalidInputException(IEnumerable<ValidationFailure> errors, string? paramName)
        : this(ValueList<ValidationFailure>.Copy(errors, nameof(errors)), paramName)
    {
    }

    private InvalidInputException(ValueList<ValidationFailure> errors, string? paramName = null)
        : base(Describe(errors), paramName)
    {
        Errors = errors; // read-only whatever a host casts it to
    }

    /// <summary>Every failure found, in the order found.</summary>
    public IReadOnlyList<ValidationFailure> Errors { get; }

    /// <summary>The distinct error codes, in the order found.</summary>
    public IReadOnlyList<string> Codes => [.. Errors.Select(e => e.ErrorCode).Distinct(StringComparer.Ordinal)];

    private static string Describe(IEnumerable<ValidationFailure> errors)
    {
        var text = new StringBuilder("Invalid input:");
        foreach (var error in errors)
        {
            text.Append("\n -- ").Append(error.ErrorCode).Append(' ').Append(error.PropertyName).Append(": ").Append(error.ErrorMessage);
        }

        return text.ToString();
    }
}
