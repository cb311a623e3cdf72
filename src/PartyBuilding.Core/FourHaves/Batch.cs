using FluentValidation.Results;
using PartyBuilding.Core.FourHaves.Validation;

namespace PartyBuilding.Core.FourHaves;

/// <summary>Checks a batch of profiles as a whole before anything is decided.</summary>
internal static class Batch
{
    private static readonly EnterpriseProfileValidator ProfileValidator = new();

    public static EnterpriseProfile[] Check(IEnumerable<EnterpriseProfile> enterprises, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(enterprises, parameterName);
        var list = enterprises.ToArray();
        var failures = new List<ValidationFailure>();
        var seen = new HashSet<EnterpriseId>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            // The property name is only written for a failure: a valid batch allocates nothing per profile here.
            string Property() => $"{parameterName}[{i}]";
            var profile = list[i];
            if (profile is null)
            {
                failures.Add(Failures.Of(Property(), CommonErrorCodes.Required, null));
                continue;
            }

            // The validator's own predicate; the validator runs only to list the failures of a profile that fails it.
            if (!EnterpriseProfileValidator.IsValid(profile))
            {
                foreach (var failure in ProfileValidator.Validate(profile).Errors)
                {
                    failure.PropertyName = Property() + "." + failure.PropertyName;
                    failures.Add(failure);
                }
            }

            if (!profile.Id.IsDefault && !seen.Add(profile.Id))
            {
                failures.Add(Failures.Of(Property() + ".Id", FourHavesErrorCodes.EnterpriseDuplicate, profile.Id.Value, profile.Id.Value));
            }
        }

        Failures.ThrowIfAny(failures);
        return list;
    }
}
