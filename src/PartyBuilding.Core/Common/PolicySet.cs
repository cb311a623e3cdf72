using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace PartyBuilding.Core;

/// <summary>
/// The versions of one policy with their effective-from dates. A decision that depends on a date
/// uses the version in force on it, and a case or round keeps the version it opened under.
/// </summary>
/// <typeparam name="TPolicy">The policy record.</typeparam>
/// <remarks>Immutable; versions are kept in effective-date order.</remarks>
public sealed class PolicySet<TPolicy>
    where TPolicy : class
{
    private readonly PolicyVersion<TPolicy>[] versions;
    private readonly ReadOnlyCollection<PolicyVersion<TPolicy>> view;

    /// <summary>Creates a set from its versions, in any order.</summary>
    /// <param name="versions">At least one version; labels and effective dates unique.</param>
    /// <exception cref="InvalidInputException">The versions are empty, null, or share a label or a date.</exception>
    public PolicySet(IEnumerable<PolicyVersion<TPolicy>> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var list = versions.ToArray();
        var failures = new List<ValidationFailure>();
        if (list.Length == 0)
        {
            failures.Add(Failures.Of(nameof(versions), CommonErrorCodes.PolicySetEmpty, null));
        }

        for (var i = 0; i < list.Length; i++)
        {
            var version = list[i];
            var property = $"{nameof(versions)}[{i}]";
            if (version is null || version.Policy is null)
            {
                failures.Add(Failures.Of(property, CommonErrorCodes.Required, null));
                continue;
            }

            if (string.IsNullOrWhiteSpace(version.Label))
            {
                failures.Add(Failures.Of(property + ".Label", CommonErrorCodes.IdEmpty, version.Label));
            }
            else if (list.Take(i).Any(v => v is not null && string.Equals(v.Label, version.Label, StringComparison.Ordinal)))
            {
                failures.Add(Failures.Of(property + ".Label", CommonErrorCodes.PolicyVersionDuplicate, version.Label, version.Label));
            }

            if (list.Take(i).Any(v => v is not null && v.EffectiveFrom == version.EffectiveFrom))
            {
                failures.Add(Failures.Of(property + ".EffectiveFrom", CommonErrorCodes.PolicyEffectiveDateDuplicate, version.EffectiveFrom, version.EffectiveFrom));
            }
        }

        if (failures.Count > 0)
        {
            throw new InvalidInputException(failures);
        }

        this.versions = [.. list.OrderBy(v => v.EffectiveFrom)];
        view = Array.AsReadOnly(this.versions);
    }

    /// <summary>The versions in effective-date order (read-only, whatever it is cast to).</summary>
    public IReadOnlyList<PolicyVersion<TPolicy>> Versions => view;

    /// <summary>The version with the latest effective date.</summary>
    public PolicyVersion<TPolicy> Latest => versions[^1];

    /// <summary>The version in force on <paramref name="date"/>: the latest one effective on or before it.</summary>
    /// <exception cref="InvalidOperationException">Every version takes effect after <paramref name="date"/> (code <c>COMMON.POLICY_NOT_IN_FORCE</c>).</exception>
    public PolicyVersion<TPolicy> InForceOn(LocalDate date) =>
        TryGetInForceOn(date, out var version)
            ? version
            : throw IllegalTransition.Of(CommonErrorCodes.PolicyNotInForce, date, versions[0].EffectiveFrom);

    /// <summary>Finds the version in force on <paramref name="date"/>.</summary>
    /// <returns><see langword="false"/> when every version takes effect after the date.</returns>
    public bool TryGetInForceOn(LocalDate date, [NotNullWhen(true)] out PolicyVersion<TPolicy>? version)
    {
        for (var i = versions.Length - 1; i >= 0; i--)
        {
            if (versions[i].EffectiveFrom <= date)
            {
                version = versions[i];
                return true;
            }
        }

        version = null;
        return false;
    }

    /// <summary>The version with <paramref name="label"/>, for a case or round that recorded it.</summary>
    /// <exception cref="InvalidInputException">No version has the label (code <c>COMMON.POLICY_VERSION_UNKNOWN</c>).</exception>
    public PolicyVersion<TPolicy> Get(string label) =>
        TryGet(label, out var version)
            ? version
            : throw new InvalidInputException([Failures.Of(nameof(label), CommonErrorCodes.PolicyVersionUnknown, label, label)]);

    /// <summary>Finds the version with <paramref name="label"/> (compared ordinally).</summary>
    /// <returns><see langword="false"/> when no version has the label.</returns>
    public bool TryGet(string? label, [NotNullWhen(true)] out PolicyVersion<TPolicy>? version)
    {
        version = Array.Find(versions, v => string.Equals(v.Label, label, StringComparison.Ordinal));
        return version is not null;
    }

    /// <summary>The only version, for an undated call; with several versions which one is meant is the caller's to say.</summary>
    /// <exception cref="InvalidOperationException">The set holds several versions (code <c>COMMON.AS_OF_REQUIRED</c>).</exception>
    internal PolicyVersion<TPolicy> Undated() =>
        versions.Length == 1 ? versions[0] : throw IllegalTransition.Of(CommonErrorCodes.AsOfRequired, versions.Length);

    /// <summary>Adds a failure for every rule any version breaks, each named <c>name[label].Property</c>.</summary>
    /// <param name="validator">The policy's validator.</param>
    /// <param name="name">The name the failures start with (an option or a parameter).</param>
    /// <param name="failures">Where the failures go.</param>
    internal void Validate(IValidator<TPolicy> validator, string name, List<ValidationFailure> failures)
    {
        foreach (var version in versions)
        {
            foreach (var failure in validator.Validate(version.Policy).Errors)
            {
                failure.PropertyName = $"{name}[{version.Label}].{failure.PropertyName}";
                failures.Add(failure);
            }
        }
    }

    /// <summary>Throws an <see cref="InvalidInputException"/> listing every rule any version breaks.</summary>
    /// <returns>This set, validated.</returns>
    internal PolicySet<TPolicy> ThrowIfInvalid(IValidator<TPolicy> validator, string name)
    {
        var failures = new List<ValidationFailure>();
        Validate(validator, name, failures);
        Failures.ThrowIfAny(failures);
        return this;
    }
}
