namespace PartyBuilding.Core.Accountability;

/// <summary>
/// The deadlines, the base-level tables and the escalation steps of accountability cases
/// (seed: the "four unities"; 问责条例 2019; 信访工作条例 2022). Every figure is a default a host may override.
/// </summary>
/// <remarks>
/// Immutable: the ladder tables are copied when set. Two policies are equal when every figure and every cell is.
/// <c>AccountabilityPolicyValidator</c> refuses an inconsistent policy.
/// </remarks>
public sealed record AccountabilityPolicy
{
    /// <summary>The policy with every default.</summary>
    public static AccountabilityPolicy Default { get; } = new();

    /// <summary>Days after receipt by which a complaint must be registered and routed (accepted for investigation).</summary>
    /// <value>The default value is 15 (信访工作条例 2022, ch. 4; 信访条例 2005 Art. 21: handled within 15 days of receipt).</value>
    public int RegisterWithinDays { get; init; } = 15;

    /// <summary>Days after acceptance by which the investigation must be concluded.</summary>
    /// <value>The default value is 60 (信访工作条例 2022, ch. 4; 信访条例 2005 Art. 33: concluded within 60 days of acceptance).</value>
    public int ConcludeWithinDays { get; init; } = 60;

    /// <summary>The longest single extension of the conclusion deadline, granted at most once, with a stated reason.</summary>
    /// <value>The default value is 30 (信访工作条例 2022, ch. 4; 信访条例 2005 Art. 33: one extension of no more than 30 days, reason stated).</value>
    public int MaxExtensionDays { get; init; } = 30;

    /// <summary>Calendar months before the decision date in which prior substantiated cases of the same subject count.</summary>
    /// <value>The default value is 12 (local practice example).</value>
    public int LookBackMonths { get; init; } = 12;

    /// <summary>Steps up per prior substantiated case of the same subject within the look-back window.</summary>
    /// <value>The default value is 1 (local practice example: repeated misconduct weighs heavier, in the spirit of 问责条例 Art. 19 从重).</value>
    public int StepsPerPrior { get; init; } = 1;

    /// <summary>Steps up for obstructing the investigation.</summary>
    /// <value>The default value is 1 (问责条例 Art. 19: 从重 for interfering with or obstructing the accountability inquiry).</value>
    public int ObstructionSteps { get; init; } = 1;

    /// <summary>Steps up for a rectification order not met by its deadline ("failing to improve efficiency").</summary>
    /// <value>The default value is 1 (seed: "those who fail to improve efficiency will be held accountable"; local practice for the step).</value>
    public int MissedRectificationSteps { get; init; } = 1;

    /// <summary>Steps down for prompt remedy.</summary>
    /// <value>The default value is 1 (问责条例 Art. 18: 从轻 for actively remedying and limiting the harm).</value>
    public int PromptRemedySteps { get; init; } = 1;

    /// <summary>The cadre level from which a sanction is disclosed publicly even when the impact is not serious.</summary>
    /// <value>The default value is <see cref="SanctionLevel.OrganizationalAdjustment"/> (local practice example; the seed's fourth unity discloses serious impacts).</value>
    public SanctionLevel DiscloseFromLevel { get; init; } = SanctionLevel.OrganizationalAdjustment;

    /// <summary>The organization level from which a sanction is disclosed publicly even when the impact is not serious.</summary>
    /// <value>The default value is <see cref="OrganizationSanctionLevel.Reorganization"/> (local practice example).</value>
    public OrganizationSanctionLevel OrganizationDiscloseFromLevel { get; init; } = OrganizationSanctionLevel.Reorganization;

    /// <summary>The cadre base-level table: one cell per misconduct kind and impact, rising with impact.</summary>
    /// <value>The default value is the table in <c>docs/accountability.md</c> (local practice example leaning on 问责条例 Arts. 7–8).</value>
    public IReadOnlyList<CadreLadderCell> CadreLadder { get; init => field = ValueList<CadreLadderCell>.From(value); } = ValueList<CadreLadderCell>.Of(
    [
        new(MisconductKind.Inaction, Impact.Minor, SanctionLevel.CriticismEducation),
        new(MisconductKind.Inaction, Impact.Significant, SanctionLevel.CirculatedCriticism),
        new(MisconductKind.Inaction, Impact.Serious, SanctionLevel.OrganizationalAdjustment),
        new(MisconductKind.DisorderlyAction, Impact.Minor, SanctionLevel.CirculatedCriticism),
        new(MisconductKind.DisorderlyAction, Impact.Significant, SanctionLevel.WarningTalk),
        new(MisconductKind.DisorderlyAction, Impact.Serious, SanctionLevel.OrganizationalAdjustment),
        new(MisconductKind.RuleViolation, Impact.Minor, SanctionLevel.CirculatedCriticism),
        new(MisconductKind.RuleViolation, Impact.Significant, SanctionLevel.WarningTalk),
        new(MisconductKind.RuleViolation, Impact.Serious, SanctionLevel.DisciplinarySanction),
    ]);

    /// <summary>The organization base-level table: one cell per misconduct kind and impact, rising with impact.</summary>
    /// <value>The default value is the table in <c>docs/accountability.md</c> (local practice example leaning on 问责条例 Art. 8).</value>
    public IReadOnlyList<OrganizationLadderCell> OrganizationLadder { get; init => field = ValueList<OrganizationLadderCell>.From(value); } = ValueList<OrganizationLadderCell>.Of(
    [
        new(MisconductKind.Inaction, Impact.Minor, OrganizationSanctionLevel.Inspection),
        new(MisconductKind.Inaction, Impact.Significant, OrganizationSanctionLevel.Inspection),
        new(MisconductKind.Inaction, Impact.Serious, OrganizationSanctionLevel.CirculatedCriticism),
        new(MisconductKind.DisorderlyAction, Impact.Minor, OrganizationSanctionLevel.Inspection),
        new(MisconductKind.DisorderlyAction, Impact.Significant, OrganizationSanctionLevel.CirculatedCriticism),
        new(MisconductKind.DisorderlyAction, Impact.Serious, OrganizationSanctionLevel.Reorganization),
        new(MisconductKind.RuleViolation, Impact.Minor, OrganizationSanctionLevel.Inspection),
        new(MisconductKind.RuleViolation, Impact.Significant, OrganizationSanctionLevel.CirculatedCriticism),
        new(MisconductKind.RuleViolation, Impact.Serious, OrganizationSanctionLevel.Reorganization),
    ]);

}
