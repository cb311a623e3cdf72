namespace PartyBuilding.Core.Policies;

/// <summary>
/// Error codes of policy documents (政策文件), each a failure whose <c>PropertyName</c> is the JSON path
/// of the offending value, for example <c>$.versions[1].figures.gradeBands[2].minimumTotal</c>. A version's
/// label and date use the policy-set codes of <see cref="CommonErrorCodes"/>; a figure the policy's validator
/// refuses keeps that validator's code.
/// </summary>
public static class PolicyErrorCodes
{
    /// <summary>The text is not JSON (a syntax error, a trailing comma, a comment): <c>POLICY.DOCUMENT_MALFORMED</c>.</summary>
    public const string DocumentMalformed = "POLICY.DOCUMENT_MALFORMED";

    /// <summary>The document is written for another policy type than the one read: <c>POLICY.WRONG_POLICY</c>.</summary>
    public const string WrongPolicy = "POLICY.WRONG_POLICY";

    /// <summary>An object has a property the policy does not know (a misspelt figure, say): <c>POLICY.PROPERTY_UNKNOWN</c>.</summary>
    public const string PropertyUnknown = "POLICY.PROPERTY_UNKNOWN";

    /// <summary>An object lacks a property the policy needs; a document states every figure: <c>POLICY.PROPERTY_MISSING</c>.</summary>
    public const string PropertyMissing = "POLICY.PROPERTY_MISSING";

    /// <summary>A value has the wrong JSON kind or cannot be read as its type (a malformed date, an unknown enum name): <c>POLICY.VALUE_MALFORMED</c>.</summary>
    public const string ValueMalformed = "POLICY.VALUE_MALFORMED";

    /// <summary>A rule names a kind the policy does not define: <c>POLICY.KIND_UNKNOWN</c>.</summary>
    public const string KindUnknown = "POLICY.KIND_UNKNOWN";

    /// <summary>A rule's kind is not its object's first property, where it must be for the rule to be read: <c>POLICY.KIND_NOT_FIRST</c>.</summary>
    public const string KindNotFirst = "POLICY.KIND_NOT_FIRST";

    /// <summary>The document names a policy type the library does not have: <c>POLICY.TYPE_UNKNOWN</c>.</summary>
    public const string TypeUnknown = "POLICY.TYPE_UNKNOWN";
}
