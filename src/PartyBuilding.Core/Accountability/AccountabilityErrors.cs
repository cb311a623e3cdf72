namespace PartyBuilding.Core.Accountability;

/// <summary>Builds the coded exceptions of illegal transitions.</summary>
internal static class AccountabilityErrors
{
    /// <summary>An <see cref="InvalidOperationException"/> whose message starts with <paramref name="code"/>.</summary>
    public static InvalidOperationException Illegal(string code, params object?[] arguments) =>
        new(code + ": " + MessageCatalog.Format(code, arguments));
}
