using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using FluentValidation.Results;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>
/// Everything a host can observe of a value, written out as text: every public property of the library's
/// types, every item of a collection, the codes (and texts) of an exception. Two values a host cannot tell
/// apart give the same text.
/// </summary>
internal static class Observation
{
    private const int MaxDepth = 7;
    private const int MaxItems = 200;

    /// <summary>The value written out; <paramref name="withText"/> false leaves out every localized text (codes and figures only).</summary>
    public static string Of(object? value, bool withText = true)
    {
        var text = new StringBuilder();
        Write(text, value, withText, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, bool withText, int depth, HashSet<object> path)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case Type t:
                text.Append(t.Name);
                return;
            case Reason reason:
                text.Append(reason.Code);
                WriteItems(text, reason.Arguments, withText, depth, path);
                if (withText)
                {
                    text.Append(" \"").Append(reason.Message).Append('"');
                }

                return;
            case InvalidInputException invalid:
                text.Append(nameof(InvalidInputException)).Append('(');
                foreach (var error in invalid.Errors)
                {
                    text.Append(error.ErrorCode).Append(' ').Append(error.PropertyName);
                    text.Append(withText ? " \"" + error.ErrorMessage + "\"; " : "; ");
                }

                text.Append(')');
                return;
            case Exception e:
                text.Append(e.GetType().Name).Append('(').Append(withText ? e.Message : e.Message.Split(':')[0]).Append(')');
                return;
            case ValidationFailure failure:
                text.Append(failure.ErrorCode).Append(' ').Append(failure.PropertyName).Append(withText ? " \"" + failure.ErrorMessage + "\"" : string.Empty);
                return;
            case IEnumerable items when !LibrarySamples.IsLibraryType(value.GetType()) || !value.GetType().IsPublic:
                WriteItems(text, items, withText, depth, path);
                return;
        }

        var type = value.GetType();
        if (!LibrarySamples.IsLibraryType(type) || type.IsEnum || depth >= MaxDepth)
        {
            text.Append(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString());
            return;
        }

        if (!type.IsValueType && !path.Add(value))
        {
            text.Append("<cycle>");
            return;
        }

        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0)
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=');
            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException e)
            {
                propertyValue = e.InnerException;
            }

            Write(text, propertyValue, withText, depth + 1, path);
            text.Append(", ");
        }

        if (value is IEnumerable own)
        {
            WriteItems(text, own, withText, depth, path);
        }

        text.Append('}');
        path.Remove(value);
    }

    private static void WriteItems(StringBuilder text, IEnumerable items, bool withText, int depth, HashSet<object> path)
    {
        text.Append('[');
        var count = 0;
        try
        {
            foreach (var item in items)
            {
                if (count++ == MaxItems)
                {
                    text.Append("…");
                    break;
                }

                Write(text, item, withText, depth + 1, path);
                text.Append(", ");
            }
        }
        catch (Exception e)
        {
            Write(text, e, withText, depth + 1, path);
        }

        text.Append(']');
    }
}
