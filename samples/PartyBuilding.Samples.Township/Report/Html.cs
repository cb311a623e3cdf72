using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>Escaping for the html report: every string the page prints goes through <see cref="Escape"/>.</summary>
internal static class Html
{
    /// <summary>The text with the five characters that could open markup or end an attribute escaped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
