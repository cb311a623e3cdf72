using System.Globalization;

namespace PartyBuilding.Core;

/// <summary>One reason behind a decision: a stable code and its localized text.</summary>
/// <param name="Code">
/// The stable code (for example <c>ORG.BRANCH_COMMITTEE</c>), documented in <c>docs/reasons.md</c>;
/// it never changes with culture, so hosts and tests match on it.
/// </param>
/// <param name="Message">The text for people, in the UI culture that was current when the decision was made.</param>
/// <remarks>
/// A reason made by <see cref="Of"/> keeps the figures its text names, so <see cref="MessageIn"/> renders it in
/// any culture later (a host that caches decisions shows each reader their own language). Two reasons are equal
/// when their code and text are.
/// </remarks>
public sealed record Reason(string Code, string Message)
{
    private object?[]? arguments { get; init; }

    /// <summary>
    /// Makes a reason whose text comes from the library's resources for <paramref name="code"/>,
    /// formatted with <paramref name="arguments"/> in <see cref="CultureInfo.CurrentUICulture"/>.
    /// </summary>
    /// <param name="code">A code the library documents.</param>
    /// <param name="arguments">The figures the text names, in its placeholder order.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="arguments"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="code"/> is empty or whitespace (code <c>COMMON.REQUIRED</c>).</exception>
    public static Reason Of(string code, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new InvalidInputException([Failures.Of(nameof(code), CommonErrorCodes.Required, code)]);
        }

        ArgumentNullException.ThrowIfNull(arguments);
        object?[] kept = [.. arguments];
        return new Reason(code, MessageCatalog.Format(code, kept)) { arguments = kept };
    }

    /// <summary>The figures the text names, in its placeholder order (empty for a reason not made by <see cref="Of"/>).</summary>
    public IReadOnlyList<object?> Arguments => arguments is null ? [] : Array.AsReadOnly(arguments);

    /// <summary>The text of this reason in <paramref name="culture"/>, from its code and figures.</summary>
    /// <param name="culture">The reader's culture, for example <c>zh-CN</c>.</param>
    /// <returns>The text; for a reason not made by <see cref="Of"/>, its <see cref="Message"/> as given.</returns>
    public string MessageIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return arguments is null ? Message : MessageCatalog.FormatIn(culture, Code, arguments);
    }

    /// <inheritdoc />
    public bool Equals(Reason? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message);

    /// <summary>Returns <c>Code: Message</c>.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
