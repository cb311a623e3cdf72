namespace PartyBuilding.Core;

/// <summary>Builds the coded exception of a refused state change: its message is <c>CODE: text</c>.</summary>
internal static class IllegalTransition
{
    /// <summary>An <see cref="InvalidOperationException"/> whose message starts with <paramref name="code"/> and a colon.</summary>
    /// <param name="code">The documented code of the refusal.</param>
    /// <param name="arguments">The figures the text names, in its placeholder order.</param>
    public static InvalidOperationException Of(string code, params object?[] arguments) =>
        new(code + ": " + MessageCatalog.Format(code, arguments));
}
