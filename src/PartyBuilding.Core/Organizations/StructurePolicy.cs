using NodaTime;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Thresholds of organizational structure. Every default is national rule; sources are cited on each
/// property and in <c>docs/policies.md</c>.
/// </summary>
public sealed record StructurePolicy
{
    /// <summary>The national defaults.</summary>
    public static StructurePolicy Default { get; } = new();

    /// <summary>Full members a unit needs to form its own primary organization.</summary>
    /// <value>The default value is 3 (党章 Art. 30).</value>
    public int MinimumFullMembers { get; init; } = 3;

    /// <summary>Units one joint branch covers at most.</summary>
    /// <value>The default value is 5 (支部工作条例 Art. 8).</value>
    public int MaxUnitsPerJointBranch { get; init; } = 5;

    /// <summary>Full members from which a branch sets up a branch committee.</summary>
    /// <value>The default value is 7 (支部工作条例 Art. 9).</value>
    public int BranchCommitteeFromFullMembers { get; init; } = 7;

    /// <summary>Smallest branch committee.</summary>
    /// <value>The default value is 3 (支部工作条例 Art. 9).</value>
    public int BranchCommitteeMinSize { get; init; } = 3;

    /// <summary>Usual largest branch committee.</summary>
    /// <value>The default value is 5 (支部工作条例 Art. 9).</value>
    public int BranchCommitteeUsualMaxSize { get; init; } = 5;

    /// <summary>Largest branch committee in any case.</summary>
    /// <value>The default value is 7 (支部工作条例 Art. 9: 一般不超过7人).</value>
    public int BranchCommitteeMaxSize { get; init; } = 7;

    /// <summary>Members (full and probationary) one branch holds at most.</summary>
    /// <value>The default value is 50 (支部工作条例 Art. 8).</value>
    public int MaxMembersPerBranch { get; init; } = 50;

    /// <summary>Members (full and probationary) one general branch holds at most; above it a primary committee.</summary>
    /// <value>The default value is 100 (党章 Art. 30; 基层组织选举工作条例 Art. 2).</value>
    public int MaxMembersPerGeneralBranch { get; init; } = 100;

    /// <summary>Term of a primary committee.</summary>
    /// <value>The default value is 5 years (党章 Art. 30 as amended 2022).</value>
    public int CommitteeTermYears { get; init; } = 5;

    /// <summary>Term of a general branch committee.</summary>
    /// <value>The default value is 3 years (党章 Art. 30).</value>
    public int GeneralBranchTermYears { get; init; } = 3;

    /// <summary>Term of a branch committee or secretary.</summary>
    /// <value>The default value is 3 years (党章 Art. 30; 支部工作条例 Art. 9).</value>
    public int BranchTermYears { get; init; } = 3;

    /// <summary>The term of office of an organization at <paramref name="level"/>.</summary>
    internal Period TermOf(OrganizationLevel level) => Period.FromYears(TermYearsOf(level));

    /// <summary>The term in years of an organization at <paramref name="level"/>.</summary>
    /// <exception cref="InvalidInputException">The level is not defined (code <c>ORG.ENUM_UNDEFINED</c>).</exception>
    internal int TermYearsOf(OrganizationLevel level) => level switch
    {
        OrganizationLevel.Committee => CommitteeTermYears,
        OrganizationLevel.GeneralBranch => GeneralBranchTermYears,
        OrganizationLevel.Branch => BranchTermYears,
        _ => throw Undefined(level),
    };

    /// <summary>The last day of a term at <paramref name="level"/> that started on <paramref name="termStart"/>: the day before the anniversary.</summary>
    /// <remarks>
    /// Calendar arithmetic: a term from 2024-02-29 of 3 years ends on 2027-02-27 (NodaTime truncates to 02-28, minus one day).
    /// A term that would end after the last representable date ends on <see cref="LocalDate.MaxIsoValue"/>.
    /// </remarks>
    /// <exception cref="InvalidInputException">The level is not defined (code <c>ORG.ENUM_UNDEFINED</c>).</exception>
    public LocalDate TermEndOf(OrganizationLevel level, LocalDate termStart)
    {
        var term = TermOf(level);
        try
        {
            return termStart.Plus(term).PlusDays(-1);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return LocalDate.MaxIsoValue;
        }
    }

    private static InvalidInputException Undefined(OrganizationLevel level)
    {
        var failure = Failures.Of(nameof(level), OrganizationErrorCodes.EnumUndefined, level);

        // The text is a validator template; fill its value as FluentValidation would.
        failure.ErrorMessage = failure.ErrorMessage.Replace("{PropertyValue}", level.ToString(), StringComparison.Ordinal);
        return new InvalidInputException([failure]);
    }
}
