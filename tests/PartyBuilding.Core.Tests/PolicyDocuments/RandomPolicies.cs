using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Education;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Outreach;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>Random valid policies of every type, for the document round trips (each type's generator beside the others).</summary>
public static class RandomPolicies
{
    /// <summary>A structure policy within the validator's orderings.</summary>
    public static StructurePolicy Structure(Random r)
    {
        var minimumFull = r.Next(1, 6);
        var committeeFrom = minimumFull + r.Next(1, 10);
        var committeeMin = r.Next(1, committeeFrom + 1);
        var usualMax = committeeMin + r.Next(0, 4);
        var perBranch = committeeFrom + r.Next(0, 100);
        return new StructurePolicy
        {
            MinimumFullMembers = minimumFull,
            MaxUnitsPerJointBranch = r.Next(2, 12),
            BranchCommitteeFromFullMembers = committeeFrom,
            BranchCommitteeMinSize = committeeMin,
            BranchCommitteeUsualMaxSize = usualMax,
            BranchCommitteeMaxSize = usualMax + r.Next(0, 4),
            MaxMembersPerBranch = perBranch,
            MaxMembersPerGeneralBranch = perBranch + r.Next(1, 200),
            CommitteeTermYears = r.Next(1, 10),
            GeneralBranchTermYears = r.Next(1, 10),
            BranchTermYears = r.Next(1, 10),
        };
    }

    /// <summary>An affiliation policy whose reporting interval comes before both review intervals, all within the library's maximum.</summary>
    public static AffiliationPolicy Affiliation(Random r)
    {
        var reporting = r.Next(1, 25);
        return new AffiliationPolicy
        {
            MinimumFullMembersForMigrantBranch = r.Next(1, 20),
            ReportingIntervalMonths = reporting,
            LostContactMonths = r.Next(reporting + 1, AffiliationPolicy.MaxIntervalMonths + 1),
            WithdrawalReviewMonths = r.Next(reporting + 1, AffiliationPolicy.MaxIntervalMonths + 1),
        };
    }

    /// <summary>An evaluation policy whose adjustment bound is the strictest of the three incompetent-share bounds.</summary>
    public static EvaluationPolicy Evaluation(Random r)
    {
        // Thresholds ordered by strictness: a higher value, then "more than" over "at least" at the same value.
        RatioThreshold[] shares = [Share(r, 0), Share(r, 0), Share(r, 0)];
        var ordered = shares.OrderBy(t => t.Value).ThenBy(t => !t.Inclusive).ToArray();
        var (warning, rated) = r.Next(2) == 0 ? (ordered[0], ordered[1]) : (ordered[1], ordered[0]);
        return new EvaluationPolicy
        {
            Quorum = Share(r, 1),
            AdjustIncompetentShare = ordered[2],
            RatedIncompetentShare = rated,
            WarningIncompetentShare = warning,
            MinimumRecognition = Share(r, 0),
            AnonymityMinimumBallots = r.Next(1, 100),
        };
    }

    /// <summary>An accountability policy with both ladders complete, monotone in impact, their cells in random order.</summary>
    public static AccountabilityPolicy Accountability(Random r) => new()
    {
        RegisterWithinDays = r.Next(1, 100),
        ConcludeWithinDays = r.Next(1, 400),
        MaxExtensionDays = r.Next(1, 100),
        LookBackMonths = r.Next(1, 120),
        StepsPerPrior = r.Next(0, 4),
        ObstructionSteps = r.Next(0, 4),
        MissedRectificationSteps = r.Next(0, 4),
        PromptRemedySteps = r.Next(0, 4),
        DiscloseFromLevel = Pick<SanctionLevel>(r),
        OrganizationDiscloseFromLevel = Pick<OrganizationSanctionLevel>(r),
        CadreLadder = Ladder(r, (int)SanctionLevel.DisciplinarySanction, (kind, impact, level) => new CadreLadderCell(kind, impact, (SanctionLevel)level)),
        OrganizationLadder = Ladder(r, (int)OrganizationSanctionLevel.Reorganization, (kind, impact, level) => new OrganizationLadderCell(kind, impact, (OrganizationSanctionLevel)level)),
    };

    /// <summary>An outreach policy within the library's maxima.</summary>
    public static OutreachPolicy Outreach(Random r) => new()
    {
        MinimumHouseholdsPerCadre = r.Next(1, OutreachPolicy.MaxHouseholdsPerCadre + 1),
        MinimumVisitsPerYear = r.Next(0, OutreachPolicy.MaxVisitsPerYear + 1),
        VisitInEachHalf = r.Next(2) == 0,
        RequireHouseholdConfirmation = r.Next(2) == 0,
    };

    /// <summary>An education policy with 0–3 schedule rows of distinct kinds, reachable attendance and 0–3 organization kinds each.</summary>
    public static EducationPolicy Education(Random r)
    {
        var perDay = r.Next(1, 25);
        var kinds = Enum.GetValues<ActivityKind>().OrderBy(_ => r.Next()).Take(r.Next(0, 4));
        return new EducationPolicy
        {
            Schedule = [.. kinds.Select(kind => new ActivityRequirement(kind, Pick<SchedulePeriod>(r), Attendance(r))
            {
                OrganizationKinds = [.. Enum.GetValues<OrganizationKind>().OrderBy(_ => r.Next()).Take(r.Next(0, 4))],
                OnlyWithCommittee = r.Next(2) == 0,
                OnlyWithPartyGroups = r.Next(2) == 0,
            })],
            MemberHoursPerYear = r.Next(0, 8785),
            SecretaryHoursPerYear = r.Next(0, 8785),
            HoursPerDay = perDay,
            HoursPerHalfDay = r.Next(1, perDay + 1),
        };
    }

    /// <summary>A bound on a share, at least <paramref name="minimumNumerator"/>/d, at most 1.</summary>
    private static RatioThreshold Share(Random r, int minimumNumerator)
    {
        var denominator = r.Next(1, 13);
        return new RatioThreshold(new Ratio(r.Next(minimumNumerator, denominator + 1), denominator), r.Next(2) == 0);
    }

    /// <summary>An attendance bound some attendance can meet: "more than 1" is not.</summary>
    private static RatioThreshold Attendance(Random r)
    {
        var share = Share(r, 0);
        return share.Value == Ratio.One ? share with { Inclusive = true } : share;
    }

    private static T Pick<T>(Random r)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[r.Next(values.Length)];
    }

    /// <summary>One cell per kind and impact, the level never falling as impact rises, in random order.</summary>
    private static List<TCell> Ladder<TCell>(Random r, int top, Func<MisconductKind, Impact, int, TCell> cell)
    {
        var cells = new List<TCell>();
        foreach (var kind in Enum.GetValues<MisconductKind>())
        {
            var level = r.Next(0, top + 1);
            foreach (var impact in Enum.GetValues<Impact>())
            {
                cells.Add(cell(kind, impact, level));
                level = r.Next(level, top + 1);
            }
        }

        return [.. cells.OrderBy(_ => r.Next())];
    }
}
