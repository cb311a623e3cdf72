namespace PartyBuilding.Core;

/// <summary>One reason behind a decision: a stable code and its localized text.</summary>
/// <param name="Code">
/// The stable code (for example <c>ORG.BRANCH_COMMITTEE</c>), documented in <c>docs/reasons.md</c>;
/// it never changes with culture, so hosts and tests match on it.
/// </param>
/// <param name="Message">The text for people, in the UI culture that was current when the decision was made.</param>
public sealed record Reason(string Code, string Message)
{
    /// <summary>
    /// Makes a reason whose text comes from the library's resources for <paramref name="code"/>,
    /// formatted with <paramref name="arguments"/> in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.
    /// </summary>
    /// <param name="code">A code the library documents.</param>
    /// <param name="arguments">The figures the text names, in its placeholder order.</param>
    /// <returns>The reason.</returns>
    public static Reason Of(string code, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(arguments);
        return new Reason(code, MessageCatalog.Format(code, arguments));
    }

    /// <summary>Returns <c>Code: Message</c>.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
