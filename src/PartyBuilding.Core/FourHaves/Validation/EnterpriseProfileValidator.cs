using FluentValidation;

namespace PartyBuilding.Core.FourHaves.Validation;

/// <summary>
/// Checks the shape of an <see cref="EnterpriseProfile"/>: an id, no negative count, defined compliance
/// areas, and no part larger than its whole.
/// </summary>
public sealed class EnterpriseProfileValidator : AbstractValidator<EnterpriseProfile>
{
    /// <summary>Creates the validator.</summary>
    public EnterpriseProfileValidator()
    {
        RuleFor(e => e.Id.Value).NotEmpty().WithCode(FourHavesErrorCodes.EnterpriseIdMissing).OverridePropertyName(nameof(EnterpriseProfile.Id));
        RuleFor(e => e.AreaCode).Must(a => a is null || !string.IsNullOrWhiteSpace(a)).WithCode(FourHavesErrorCodes.AreaCodeEmpty);

        RuleFor(e => e.FullMembers).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.ProbationaryMembers).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.MembersInManagement).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.IdeasCollected).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.IdeasAdopted).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.MembersInKeyPosts).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.TechnicalAchievements).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.PioneerPosts).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.ActivitiesHeld).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.LeagueMembersAndYoungWorkers).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.MembershipApplicants).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.ViolationsFound).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.ViolationsReported).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.ViolationsResolved).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);
        RuleFor(e => e.SeriousViolationsUnresolved).GreaterThanOrEqualTo(0).WithCode(FourHavesErrorCodes.CountNegative);

        RuleFor(e => e.ComplianceChecks).Must(c => (c & ~ComplianceArea.All) == 0).WithCode(FourHavesErrorCodes.ComplianceAreaUndefined);

        RuleFor(e => e.MembersInManagement).Must((e, n) => n <= e.PartyMembers)
            .When(e => e.MembersInManagement >= 0 && e.FullMembers >= 0 && e.ProbationaryMembers >= 0)
            .WithCode(FourHavesErrorCodes.ManagementExceedsMembers);
        RuleFor(e => e.MembersInKeyPosts).Must((e, n) => n <= e.PartyMembers)
            .When(e => e.MembersInKeyPosts >= 0 && e.FullMembers >= 0 && e.ProbationaryMembers >= 0)
            .WithCode(FourHavesErrorCodes.KeyPostsExceedMembers);
        RuleFor(e => e.BranchLedByManagement).Must((e, led) => !led || e.MembersInManagement > 0)
            .When(e => e.MembersInManagement >= 0)
            .WithCode(FourHavesErrorCodes.LeaderNotInManagement);
        RuleFor(e => e.IdeasAdopted).Must((e, n) => n <= e.IdeasCollected)
            .When(e => e.IdeasAdopted >= 0 && e.IdeasCollected >= 0)
            .WithCode(FourHavesErrorCodes.IdeasAdoptedExceedCollected);
        RuleFor(e => e.MembershipApplicants).Must((e, n) => n <= e.LeagueMembersAndYoungWorkers)
            .When(e => e.MembershipApplicants >= 0 && e.LeagueMembersAndYoungWorkers >= 0)
            .WithCode(FourHavesErrorCodes.ApplicantsExceedYouth);
        RuleFor(e => e.ViolationsReported).Must((e, n) => n <= e.ViolationsFound)
            .When(e => e.ViolationsReported >= 0 && e.ViolationsFound >= 0)
            .WithCode(FourHavesErrorCodes.ReportedExceedFound);
        RuleFor(e => e.ViolationsResolved).Must((e, n) => n <= e.ViolationsFound)
            .When(e => e.ViolationsResolved >= 0 && e.ViolationsFound >= 0)
            .WithCode(FourHavesErrorCodes.ResolvedExceedFound);
        RuleFor(e => e.SeriousViolationsUnresolved).Must((e, n) => n <= e.ViolationsFound - e.ViolationsResolved)
            .When(e => e.SeriousViolationsUnresolved >= 0 && e.ViolationsResolved >= 0 && e.ViolationsResolved <= e.ViolationsFound)
            .WithCode(FourHavesErrorCodes.SeriousExceedUnresolved);
    }

    /// <summary>
    /// The same checks without FluentValidation, for the assessor's hot path (no allocation): only when it
    /// fails does the assessor run the validator to list the failures. A test keeps the two in step.
    /// </summary>
    internal static bool IsValidFast(EnterpriseProfile e) =>
        !e.Id.IsDefault
        && (e.AreaCode is null || !string.IsNullOrWhiteSpace(e.AreaCode))
        && (e.FullMembers | e.ProbationaryMembers | e.MembersInManagement | e.IdeasCollected | e.IdeasAdopted
            | e.MembersInKeyPosts | e.TechnicalAchievements | e.PioneerPosts | e.ActivitiesHeld
            | e.LeagueMembersAndYoungWorkers | e.MembershipApplicants | e.ViolationsFound | e.ViolationsReported
            | e.ViolationsResolved | e.SeriousViolationsUnresolved) >= 0
        && (e.ComplianceChecks & ~ComplianceArea.All) == 0
        && e.MembersInManagement <= e.PartyMembers
        && e.MembersInKeyPosts <= e.PartyMembers
        && (!e.BranchLedByManagement || e.MembersInManagement > 0)
        && e.IdeasAdopted <= e.IdeasCollected
        && e.MembershipApplicants <= e.LeagueMembersAndYoungWorkers
        && e.ViolationsReported <= e.ViolationsFound
        && e.ViolationsResolved <= e.ViolationsFound
        && e.SeriousViolationsUnresolved <= e.ViolationsFound - e.ViolationsResolved;
}
