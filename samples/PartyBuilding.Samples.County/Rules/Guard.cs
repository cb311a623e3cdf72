using PartyBuilding.Core;

namespace PartyBuilding.Samples.County.Rules;

/// <summary>Turns a library refusal into one <see cref="HostException"/> naming the source, the line and the rule.</summary>
internal static class Guard
{
    public static T Run<T>(string where, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (HostException e) when (!e.Message.StartsWith(where, StringComparison.Ordinal))
        {
            // A host check deep in a record (a group's weight, say): name the line too.
            throw new HostException($"{where}: {e.Message}");
        }
        catch (InvalidInputException e)
        {
            var first = e.Errors.Count > 0 ? e.Errors[0] : null;
            var more = e.Errors.Count > 1 ? $" (and {e.Errors.Count - 1} more)" : string.Empty;
            throw new HostException(first is null
                ? $"{where}: {e.Message}"
                : $"{where}: {first.PropertyName}: [{first.ErrorCode}] {first.ErrorMessage}{more}");
        }
        catch (InvalidOperationException e)
        {
            throw new HostException($"{where}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // The id types refuse empty values with an ArgumentException for their parameter "Value".
            var code = e.ParamName == "Value" ? $"[{CommonErrorCodes.IdEmpty}] " : string.Empty;
            throw new HostException($"{where}: {code}{e.Message}");
        }
    }
}
