using System.Reflection;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>Types and members named as C# writes them (<c>PolicySet&lt;TPolicy&gt;.Versions</c>), for keys and messages.</summary>
internal static class Names
{
    public static string Of(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Of(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return Of(type.GetElementType()!);
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Of))}>";
    }

    /// <summary><c>Type.Method(ParameterType, …)</c>, or <c>Type(ParameterType, …)</c> for a constructor.</summary>
    public static string Of(MethodBase method)
    {
        var owner = Of(method.DeclaringType!);
        var parameters = string.Join(", ", method.GetParameters().Select(p => Of(p.ParameterType)));
        return method is ConstructorInfo ? $"{owner}({parameters})" : $"{owner}.{method.Name}({parameters})";
    }
}
