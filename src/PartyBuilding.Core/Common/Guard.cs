using System.Runtime.CompilerServices;

namespace PartyBuilding.Core;

/// <summary>Preconditions shared by the value types; each names the parameter it checks.</summary>
internal static class Guard
{
    /// <summary>Refuses a null, empty or whitespace identifier.</summary>
    public static string Id(string value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(MessageCatalog.Format(CommonErrorCodes.IdEmpty), parameterName);
        }

        return value;
    }
}
