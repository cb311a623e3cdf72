using System.Runtime.CompilerServices;
using PartyBuilding.Core.Accountability.Validation;

namespace PartyBuilding.Core.Accountability;

/// <summary>Remembers the policies already validated, so that replaying a history does not validate (and allocate) again.</summary>
internal static class ValidatedPolicies
{
    private static readonly ConditionalWeakTable<AccountabilityPolicy, object> Known = [];
    private static readonly object Valid = new();
    private static readonly AccountabilityPolicyValidator Validator = new();

    /// <summary>Throws an <see cref="InvalidInputException"/> when <paramref name="policy"/> is inconsistent.</summary>
    public static void Ensure(AccountabilityPolicy policy, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(policy, parameterName);
        if (Known.TryGetValue(policy, out _))
        {
            return;
        }

        Validator.ThrowIfInvalid(policy, parameterName);
        Known.AddOrUpdate(policy, Valid);
    }
}
