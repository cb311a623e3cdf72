using System.Globalization;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Runs a piece of code under a UI culture and restores the previous one.</summary>
internal static class Culture
{
    public static T Under<T>(string name, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
