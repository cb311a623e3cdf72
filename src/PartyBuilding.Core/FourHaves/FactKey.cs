using System.Collections.Frozen;

namespace PartyBuilding.Core.FourHaves;

/// <summary>
/// The fact an indicator or a veto item reads: one of the built-in <see cref="EnterpriseFact"/> values, named by
/// its enumeration name (<c>IdeasCollected</c>), or a fact the province names itself (<c>BranchMeetingsHeld</c>),
/// which a host passes in <see cref="EnterpriseProfile.ExtraFacts"/> under the same key.
/// </summary>
/// <param name="Name">
/// The fact's name, compared ordinally. A province's own name starts with a letter and holds letters, digits,
/// <c>_</c>, <c>.</c> or <c>-</c> only, and is not a built-in name in another case (<c>ideascollected</c>), so a
/// table cannot read a fact that looks built-in and is not.
/// </param>
/// <remarks>
/// A built-in fact converts implicitly, so <c>new CountRule(EnterpriseFact.IdeasCollected, 1, 3)</c> reads as before.
/// The default value has no name; <see cref="Validation.FourHavesPolicyValidator"/> refuses it.
/// </remarks>
public readonly record struct FactKey(string Name)
{
    // Ordinal, exact: the built-in facts by their enumeration names.
    private static readonly FrozenDictionary<string, EnterpriseFact> BuiltIns =
        Enum.GetValues<EnterpriseFact>().ToFrozenDictionary(f => f.ToString(), StringComparer.Ordinal);

    private static readonly FrozenSet<string> BuiltInNamesAnyCase =
        Enum.GetNames<EnterpriseFact>().ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in fact this key names, or null for a fact the province names itself (or a malformed key).</summary>
    public EnterpriseFact? BuiltIn => Name is not null && BuiltIns.TryGetValue(Name, out var fact) ? fact : null;

    /// <summary>Whether the key names a built-in fact.</summary>
    public bool IsBuiltIn => BuiltIn is not null;

    /// <summary>The key of a built-in fact; an undefined value gives a key named by its number, which the policy validator refuses.</summary>
    /// <param name="fact">The built-in fact.</param>
    public static implicit operator FactKey(EnterpriseFact fact) => new(fact.ToString());

    /// <summary>The key of a built-in fact (the named form of the implicit conversion).</summary>
    /// <param name="fact">The built-in fact.</param>
    /// <returns>The key named by <paramref name="fact"/>'s enumeration name.</returns>
    public static FactKey FromEnterpriseFact(EnterpriseFact fact) => fact;

    /// <summary>Returns <see cref="Name"/> (empty for the default value).</summary>
    public override string ToString() => Name ?? string.Empty;

    /// <summary>Whether <paramref name="name"/> may name a province's own fact: well formed, and no built-in name in any case.</summary>
    internal static bool IsProvinceName(string? name) => IsWellFormed(name) && !BuiltInNamesAnyCase.Contains(name!);

    /// <summary>Whether <paramref name="name"/> is a built-in fact's name in some case.</summary>
    internal static bool IsBuiltInNameAnyCase(string? name) => name is not null && BuiltInNamesAnyCase.Contains(name);

    /// <summary>A letter first, then letters, digits, <c>_</c>, <c>.</c> or <c>-</c>.</summary>
    internal static bool IsWellFormed(string? name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the name is all digits: what the conversion of an undefined <see cref="EnterpriseFact"/> gives.</summary>
    internal static bool IsNumber(string? name) => !string.IsNullOrEmpty(name) && name.All(c => c is >= '0' and <= '9' or '-');
}
