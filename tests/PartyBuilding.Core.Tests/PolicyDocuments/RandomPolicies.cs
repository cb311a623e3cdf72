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

    /// <summary>A dues policy: 1–4 brackets per table with rising whole-fen bounds and non-falling rates, positive fen sums, any rounding.</summary>
    public static Core.Members.DuesPolicy Dues(Random r)
    {
        static Core.Members.DuesBracket[] Brackets(Random r)
        {
            var rows = new Core.Members.DuesBracket[r.Next(1, 5)];
            var upTo = 0m;
            var rate = r.Next(1, 200) / 10000m;
            for (var i = 0; i < rows.Length; i++)
            {
                upTo += r.Next(1, 1_000_000) / 100m;
                rate = Math.Min(1m, rate + (r.Next(0, 100) / 10000m));
                rows[i] = new(i == rows.Length - 1 ? null : upTo, rate);
            }

            return rows;
        }

        var roundings = Enum.GetValues<MidpointRounding>();
        return new Core.Members.DuesPolicy
        {
            EmployedBrackets = Brackets(r),
            RetiredBrackets = Brackets(r),
            FarmerMonthlySum = r.Next(1, 10_000) / 100m,
            StudentMonthlySum = r.Next(1, 10_000) / 100m,
            UnemployedMonthlySum = r.Next(1, 10_000) / 100m,
            MinimumLivingAllowanceMonthlySum = r.Next(1, 10_000) / 100m,
            Rounding = roundings[r.Next(roundings.Length)],
            BackPaymentMonths = r.Next(1, Core.Members.DuesPolicy.MaxMonths + 1),
            ReviewAfterUnpaidMonths = r.Next(1, Core.Members.DuesPolicy.MaxMonths + 1),
        };
    }

    /// <summary>
    /// A petition policy: 0–3 categories diverted, every other category routed at every gravity to routed tiers that do not
    /// fall as gravity rises (rows shuffled), and a calendar of 0–3 holidays and 0–3 extra working days that never share a day.
    /// </summary>
    public static Core.Petitions.PetitionPolicy Petitions(Random r)
    {
        var categories = Enum.GetValues<Core.Petitions.MatterCategory>();
        var procedures = Enum.GetValues<Core.Petitions.OtherProcedure>();
        var gravities = Enum.GetValues<Core.Petitions.Gravity>();
        var diverted = categories.OrderBy(_ => r.Next()).Take(r.Next(0, 4)).ToArray();
        var routing = new List<Core.Petitions.RoutingRule>();
        foreach (var category in categories.Except(diverted))
        {
            var tier = (int)Core.Petitions.PetitionTier.Village;
            foreach (var gravity in gravities)
            {
                tier = Math.Min((int)Core.Petitions.PetitionTier.County, tier + r.Next(0, 2));
                routing.Add(new(category, gravity, (Core.Petitions.PetitionTier)tier));
            }
        }

        // Holidays on odd day offsets and extra working days on even ones: never the same day (the validator refuses that).
        var from = new NodaTime.LocalDate(2020, 1, 1).PlusDays(r.Next(0, 3000));
        return new Core.Petitions.PetitionPolicy
        {
            RegisterWithinDays = r.Next(1, 400),
            NotifyWithinDays = r.Next(1, 400),
            ObjectionWorkingDays = r.Next(1, Core.Petitions.Validation.PetitionPolicyValidator.MaxObjectionWorkingDays + 1),
            HandleWithinDays = r.Next(1, 400),
            MaxExtensionDays = r.Next(1, 400),
            ReviewRequestWithinDays = r.Next(1, 400),
            ReviewWithinDays = r.Next(1, 400),
            ReReviewRequestWithinDays = r.Next(1, 400),
            ReReviewWithinDays = r.Next(1, 400),
            MaxRepresentatives = r.Next(1, 50),
            WorkingDays = new Core.Petitions.WorkingDayCalendar
            {
                Holidays = [.. Enumerable.Range(0, r.Next(0, 4)).Select(_ => from.PlusDays((2 * r.Next(0, 500)) + 1))],
                ExtraWorkingDays = [.. Enumerable.Range(0, r.Next(0, 4)).Select(_ => from.PlusDays(2 * r.Next(0, 500)))],
            },
            Routing = [.. routing.OrderBy(_ => r.Next())],
            Diversions = [.. diverted.Select(c => new Core.Petitions.DiversionRule(c, procedures[r.Next(procedures.Length)]))],
        };
    }

    /// <summary>A teams policy within the validator's ranges and orderings: shares at most one, a review share above zero.</summary>
    public static Core.Teams.TeamsPolicy Teams(Random r)
    {
        const int maxMonths = 1200;
        var rectification = r.Next(1, maxMonths + 1);
        var inspection = r.Next(1, maxMonths + 1);
        var reviewWhole = r.Next(1, 100);
        return new Core.Teams.TeamsPolicy
        {
            SecretaryVacantMonths = r.Next(0, maxMonths + 1),
            MeetingsHeldAtLeast = ThresholdUpToOne(r),
            NoDevelopmentCandidateMonths = r.Next(1, maxMonths + 1),
            PetitionsConcentratedFrom = r.Next(1, 100),
            LastPlacesInAssessment = r.Next(1, 20),
            SatisfactionAtLeast = ThresholdUpToOne(r),
            CadresNotAdjustedFrom = r.Next(1, 20),
            CriteriaToIdentify = r.Next(1, Enum.GetValues<Core.Teams.WeakTeamCriterion>().Length + 1),
            ReviewShare = Ratio.Of(r.Next(1, reviewWhole + 1), reviewWhole),
            RectificationMonths = rectification,
            ProgressCheckMonths = r.Next(1, rectification + 1),
            MaxExtensionMonths = r.Next(1, maxMonths + 1),
            MidTermInspectionMonths = inspection,
            MidTermWindowMonths = r.Next(0, inspection + 1),
            InductionWithinMonths = r.Next(1, maxMonths + 1),
            InductionMinDays = r.Next(1, 367),
            RotationMinDaysPerYear = r.Next(1, 367),
        };
    }

    /// <summary>A governance policy: texts not empty (Chinese and quotes in them), shares at most one, sums not negative, intervals in range.</summary>
    public static Core.Governance.GovernancePolicy Governance(Random r)
    {
        Core.Governance.MeetingRule Meeting() => new(ThresholdUpToOne(r), ThresholdUpToOne(r), r.Next(2) == 0);
        return new Core.Governance.GovernancePolicy
        {
            LawVersion = r.Next(1990, 2100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            SourceNote = $"村民委员会组织法 \"{r.Next()}\" Art. {r.Next(1, 50)}",
            VillagersMeetingArticle = r.Next(1, 100),
            RepresentativesMeetingArticle = r.Next(1, 100),
            DisclosureArticle = r.Next(1, 100),
            AuditArticle = r.Next(1, 100),
            LargeSumThreshold = r.Next(0, int.MaxValue) / 100m,
            CommitteeMeeting = Meeting(),
            BranchCommitteeMeeting = Meeting(),
            JointMeeting = Meeting(),
            MembersMeeting = Meeting(),
            VillagersMeeting = Meeting(),
            VillagersHouseholdQuorum = ThresholdUpToOne(r),
            RepresentativesMeeting = Meeting(),
            MembersNoticeDaysBefore = r.Next(0, Core.Governance.GovernancePolicy.MaxDays + 1),
            JointSignatureThreshold = r.Next(0, int.MaxValue) / 100m,
            SecondSignerWhenPostsCombined = r.Next(2) == 0,
            GeneralDisclosureMonths = r.Next(1, Core.Governance.GovernancePolicy.MaxMonths + 1),
            FinanceDisclosureMonths = r.Next(1, Core.Governance.GovernancePolicy.MaxMonths + 1),
            MajorMatterDisclosureDays = r.Next(0, Core.Governance.GovernancePolicy.MaxDays + 1),
            NoticePostedDays = r.Next(0, Core.Governance.GovernancePolicy.MaxDays + 1),
            FinanceAuditMonths = r.Next(1, Core.Governance.GovernancePolicy.MaxMonths + 1),
        };
    }

    /// <summary>A share threshold of at most one (zero included), at least or more than.</summary>
    private static RatioThreshold ThresholdUpToOne(Random r)
    {
        var whole = r.Next(1, 30);
        return new(Ratio.Of(r.Next(0, whole + 1), whole), r.Next(2) == 0);
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
