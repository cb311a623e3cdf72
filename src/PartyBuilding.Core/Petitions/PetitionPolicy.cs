namespace PartyBuilding.Core.Petitions;

/// <summary>
/// The time limits, the representatives' cap, the working-day calendar and the routing and diversion tables of
/// petitions (seed: part 3; 信访工作条例 2022). Every figure is a default a host may override.
/// </summary>
/// <remarks>
/// Immutable: the tables are copied when set. Two policies are equal when every figure and every row is.
/// <c>PetitionPolicyValidator</c> refuses an inconsistent policy. Limits are calendar days except
/// <see cref="ObjectionWorkingDays"/>.
/// </remarks>
public sealed record PetitionPolicy
{
    /// <summary>The policy with every default.</summary>
    public static PetitionPolicy Default { get; } = new();

    /// <summary>Days after receipt by which a petition must be registered and transferred, assigned or decided on.</summary>
    /// <value>The default value is 15 (信访工作条例 2022 Art. 22).</value>
    public int RegisterWithinDays { get; init; } = 15;

    /// <summary>Days after the handling tier receives a petition by which the petitioner must be told whether it is accepted.</summary>
    /// <value>The default value is 15 (信访工作条例 2022 Art. 23).</value>
    public int NotifyWithinDays { get; init; } = 15;

    /// <summary>Working days after a transfer in which the receiver may object that the matter is outside its remit.</summary>
    /// <value>The default value is 5 (信访工作条例 2022 Art. 23), counted in <see cref="WorkingDays"/>.</value>
    public int ObjectionWorkingDays { get; init; } = 5;

    /// <summary>Days after acceptance by which the matter must be handled and answered.</summary>
    /// <value>The default value is 60 (信访工作条例 2022 Art. 34).</value>
    public int HandleWithinDays { get; init; } = 60;

    /// <summary>The longest single extension of the handling limit, granted at most once, with a stated reason.</summary>
    /// <value>The default value is 30 (信访工作条例 2022 Art. 34).</value>
    public int MaxExtensionDays { get; init; } = 30;

    /// <summary>Days after the written answer in which the petitioner may request a review (复查) by the tier above.</summary>
    /// <value>The default value is 30 (信访工作条例 2022 Art. 35).</value>
    public int ReviewRequestWithinDays { get; init; } = 30;

    /// <summary>Days after the review request by which the review must be answered.</summary>
    /// <value>The default value is 30 (信访工作条例 2022 Art. 35).</value>
    public int ReviewWithinDays { get; init; } = 30;

    /// <summary>Days after the review's answer in which the petitioner may request a re-review (复核) by the tier above the reviewer.</summary>
    /// <value>The default value is 30 (信访工作条例 2022 Art. 36).</value>
    public int ReReviewRequestWithinDays { get; init; } = 30;

    /// <summary>Days after the re-review request by which the re-review must be answered; time in a hearing is not counted.</summary>
    /// <value>The default value is 30 (信访工作条例 2022 Art. 36).</value>
    public int ReReviewWithinDays { get; init; } = 30;

    /// <summary>The most representatives a group visit may send.</summary>
    /// <value>The default value is 5 (信访工作条例 2022 Art. 20).</value>
    public int MaxRepresentatives { get; init; } = 5;

    /// <summary>The calendar <see cref="ObjectionWorkingDays"/> are counted in.</summary>
    /// <value>The default value is <see cref="WorkingDayCalendar.MondayToFriday"/> (a host supplies its holidays).</value>
    public WorkingDayCalendar WorkingDays { get; init; } = WorkingDayCalendar.MondayToFriday;

    /// <summary>The routing table: for every category not diverted, the lowest tier that handles it at each gravity.</summary>
    /// <value>
    /// The default value is the table in <c>docs/petitions.md</c> (信访工作条例 2022 Art. 15 and the seed: "small matters do not
    /// leave the village, major matters do not leave the township"; the rows are a local practice example).
    /// </value>
    public IReadOnlyList<RoutingRule> Routing { get; init => field = ValueList<RoutingRule>.From(value); } = ValueList<RoutingRule>.Of(
    [
        .. Rows(MatterCategory.NeighbourDispute, PetitionTier.Village, PetitionTier.Township, PetitionTier.Township),
        .. Rows(MatterCategory.VillageAffairs, PetitionTier.Village, PetitionTier.Township, PetitionTier.Township),
        .. Rows(MatterCategory.LandAndHomestead, PetitionTier.Village, PetitionTier.Township, PetitionTier.County),
        .. Rows(MatterCategory.SocialAssistance, PetitionTier.Township, PetitionTier.Township, PetitionTier.Township),
        .. Rows(MatterCategory.Infrastructure, PetitionTier.Village, PetitionTier.Township, PetitionTier.County),
        .. Rows(MatterCategory.Environment, PetitionTier.Township, PetitionTier.Township, PetitionTier.County),
        .. Rows(MatterCategory.CadreConduct, PetitionTier.Township, PetitionTier.Township, PetitionTier.County),
        .. Rows(MatterCategory.Other, PetitionTier.Village, PetitionTier.Township, PetitionTier.Township),
    ]);

    /// <summary>The diversion table: categories decided by another procedure.</summary>
    /// <value>The default value is labour disputes to arbitration, court matters to litigation, party appeals to the party appeal procedure, administrative decisions to administrative procedure (信访工作条例 2022 Art. 31).</value>
    public IReadOnlyList<DiversionRule> Diversions { get; init => field = ValueList<DiversionRule>.From(value); } = ValueList<DiversionRule>.Of(
    [
        new(MatterCategory.LabourDispute, OtherProcedure.Arbitration),
        new(MatterCategory.CourtMatter, OtherProcedure.Litigation),
        new(MatterCategory.PartyDisciplineAppeal, OtherProcedure.PartyAppeal),
        new(MatterCategory.AdministrativeDecision, OtherProcedure.AdministrativeProcedure),
    ]);

    private static RoutingRule[] Rows(MatterCategory category, PetitionTier minor, PetitionTier major, PetitionTier grave) =>
        [new(category, Gravity.Minor, minor), new(category, Gravity.Major, major), new(category, Gravity.Grave, grave)];
}
