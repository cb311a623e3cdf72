using FluentValidation;

namespace PartyBuilding.Core.FourHaves.Validation;

/// <summary>
/// Checks the shape of an <see cref="EnterpriseProfile"/>: an id, no negative count, defined compliance
/// areas, no part larger than its whole, and extra facts under well-formed keys of their own with no negative value.
/// </summary>
public sealed class EnterpriseProfileValidator : AbstractValidator<EnterpriseProfile>
{
    /// <summary>The counts, each refused when negative, in the order their failures are listed.</summary>
    private static readonly (string Name, Func<EnterpriseProfile, int> Value)[] Counts =
    [
        (nameof(EnterpriseProfile.FullMembers), e => e.FullMembers),
        (nameof(EnterpriseProfile.ProbationaryMembers), e => e.ProbationaryMembers),
        (nameof(EnterpriseProfile.MembersInManagement), e => e.MembersInManagement),
        (nameof(EnterpriseProfile.IdeasCollected), e => e.IdeasCollected),
        (nameof(EnterpriseProfile.IdeasAdopted), e => e.IdeasAdopted),
        (nameof(EnterpriseProfile.MembersInKeyPosts), e => e.MembersInKeyPosts),
        (nameof(EnterpriseProfile.TechnicalAchievements), e => e.TechnicalAchievements),
        (nameof(EnterpriseProfile.PioneerPosts), e => e.PioneerPosts),
        (nameof(EnterpriseProfile.ActivitiesHeld), e => e.ActivitiesHeld),
        (nameof(EnterpriseProfile.LeagueMembersAndYoungWorkers), e => e.LeagueMembersAndYoungWorkers),
        (nameof(EnterpriseProfile.MembershipApplicants), e => e.MembershipApplicants),
        (nameof(EnterpriseProfile.ViolationsFound), e => e.ViolationsFound),
        (nameof(EnterpriseProfile.ViolationsReported), e => e.ViolationsReported),
        (nameof(EnterpriseProfile.ViolationsResolved), e => e.ViolationsResolved),
        (nameof(EnterpriseProfile.SeriousViolationsUnresolved), e => e.SeriousViolationsUnresolved),
    ];

    /// <summary>
    /// Every rule, once: the property it names, its code, the value its text shows, and when it holds. The
    /// validator is built from these, and <see cref="IsValid"/> asks the same predicates, so the two cannot
    /// drift apart. A comparison of counts holds when a count it compares is negative (that failure is the
    /// count's own).
    /// </summary>
    private static readonly ProfileRule[] Rules =
    [
        new(nameof(EnterpriseProfile.Id), FourHavesErrorCodes.EnterpriseIdMissing, e => e.Id.Value, e => !e.Id.IsDefault),
        new(nameof(EnterpriseProfile.AreaCode), FourHavesErrorCodes.AreaCodeEmpty, e => e.AreaCode, e => e.AreaCode is null || !string.IsNullOrWhiteSpace(e.AreaCode)),
        .. Counts.Select(c => new ProfileRule(c.Name, FourHavesErrorCodes.CountNegative, e => c.Value(e), e => c.Value(e) >= 0)),
        new(nameof(EnterpriseProfile.ComplianceChecks), FourHavesErrorCodes.ComplianceAreaUndefined, e => e.ComplianceChecks, e => (e.ComplianceChecks & ~ComplianceArea.All) == 0),
        new(nameof(EnterpriseProfile.MembersInManagement), FourHavesErrorCodes.ManagementExceedsMembers, e => e.MembersInManagement,
            e => e.MembersInManagement < 0 || e.FullMembers < 0 || e.ProbationaryMembers < 0 || e.MembersInManagement <= e.PartyMembers),
        new(nameof(EnterpriseProfile.MembersInKeyPosts), FourHavesErrorCodes.KeyPostsExceedMembers, e => e.MembersInKeyPosts,
            e => e.MembersInKeyPosts < 0 || e.FullMembers < 0 || e.ProbationaryMembers < 0 || e.MembersInKeyPosts <= e.PartyMembers),
        new(nameof(EnterpriseProfile.BranchLedByManagement), FourHavesErrorCodes.LeaderNotInManagement, e => e.BranchLedByManagement,
            e => e.MembersInManagement < 0 || !e.BranchLedByManagement || e.MembersInManagement > 0),
        new(nameof(EnterpriseProfile.IdeasAdopted), FourHavesErrorCodes.IdeasAdoptedExceedCollected, e => e.IdeasAdopted,
            e => e.IdeasAdopted < 0 || e.IdeasCollected < 0 || e.IdeasAdopted <= e.IdeasCollected),
        new(nameof(EnterpriseProfile.MembershipApplicants), FourHavesErrorCodes.ApplicantsExceedYouth, e => e.MembershipApplicants,
            e => e.MembershipApplicants < 0 || e.LeagueMembersAndYoungWorkers < 0 || e.MembershipApplicants <= e.LeagueMembersAndYoungWorkers),
        new(nameof(EnterpriseProfile.ViolationsReported), FourHavesErrorCodes.ReportedExceedFound, e => e.ViolationsReported,
            e => e.ViolationsReported < 0 || e.ViolationsFound < 0 || e.ViolationsReported <= e.ViolationsFound),
        new(nameof(EnterpriseProfile.ViolationsResolved), FourHavesErrorCodes.ResolvedExceedFound, e => e.ViolationsResolved,
            e => e.ViolationsResolved < 0 || e.ViolationsFound < 0 || e.ViolationsResolved <= e.ViolationsFound),
        new(nameof(EnterpriseProfile.SeriousViolationsUnresolved), FourHavesErrorCodes.SeriousExceedUnresolved, e => e.SeriousViolationsUnresolved,
            e => e.SeriousViolationsUnresolved < 0 || e.ViolationsResolved < 0 || e.ViolationsResolved > e.ViolationsFound
                || e.SeriousViolationsUnresolved <= (long)e.ViolationsFound - e.ViolationsResolved),
    ];

    /// <summary>Creates the validator.</summary>
    public EnterpriseProfileValidator()
    {
        foreach (var rule in Rules)
        {
            RuleFor(e => rule.Value(e)).Must((e, _) => rule.Holds(e)).WithCode(rule.Code).OverridePropertyName(rule.Property);
        }

        RuleFor(e => e.ExtraFacts).Custom((facts, context) =>
        {
            const string name = nameof(EnterpriseProfile.ExtraFacts);
            if (facts is null)
            {
                context.AddFailure(Failures.Of(name, CommonErrorCodes.Required, null));
                return;
            }

            // Ordinal key order, so that the failures are listed the same way whatever the host's dictionary.
            foreach (var (key, value) in facts.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                if (ExtraFactProblem(key, value) is { } code)
                {
                    context.AddFailure(code == FourHavesErrorCodes.CountNegative
                        ? Failures.Of($"{name}[{key}]", code, value)
                        : Failures.Of($"{name}[{key}]", code, key, key));
                }
            }
        });
    }

    /// <summary>
    /// Whether <paramref name="profile"/> keeps every rule: the validator's own predicates, without building a
    /// result, for the services' per-item check (they run the validator only to list the failures).
    /// </summary>
    internal static bool IsValid(EnterpriseProfile profile)
    {
        foreach (var rule in Rules)
        {
            if (!rule.Holds(profile))
            {
                return false;
            }
        }

        if (profile.ExtraFacts is not { } facts)
        {
            return false;
        }

        foreach (var (key, value) in facts)
        {
            if (ExtraFactProblem(key, value) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The code of what is wrong with one extra fact, or null: the one check both the validator and <see cref="IsValid"/> ask.</summary>
    private static string? ExtraFactProblem(string key, int value) =>
        FactKey.IsBuiltInNameAnyCase(key) ? FourHavesErrorCodes.ExtraFactKeyReserved
        : !FactKey.IsWellFormed(key) ? FourHavesErrorCodes.ExtraFactKeyInvalid
        : value < 0 ? FourHavesErrorCodes.CountNegative
        : null;

    /// <summary>One rule of a profile.</summary>
    private sealed record ProfileRule(string Property, string Code, Func<EnterpriseProfile, object?> Value, Func<EnterpriseProfile, bool> Holds);
}
