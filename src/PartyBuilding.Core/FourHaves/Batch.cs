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
            if (!ProfileValidator.AddItemFailures(profile, Property(), failures, EnterpriseProfileValidator.IsValid))
            {
                continue;
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
