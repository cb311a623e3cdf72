using NodaTime;
using PartyBuilding.Core.Governance;
using static PartyBuilding.Core.Tests.Governance.GovernanceFixtures;

namespace PartyBuilding.Core.Tests.Governance;

public sealed class ProcedureCheckerTests
{
    [Fact]
    public void The_worked_village_matter_is_compliant_under_the_2026_text()
    {
        var result = Checker.Check(Road, RoadRecords(ResolvedOn));

        Assert.True(result.Compliant);
        Assert.Null(result.FirstFailingStep);
        Assert.Empty(result.FailingSteps);
        Assert.Equal([GovernanceReasonCodes.VillageCompliant], Codes(result));
        Assert.Equal("vcl-2026", result.PolicyLabel);
        Assert.Equal(ResolvedOn, result.DecidedOn);
        Assert.Equal("2026", result.Reasons[0].Arguments[0]);
    }

    [Theory]
    [InlineData(2025, 12, 31, "vcl-2018", "2018")]
    [InlineData(2026, 1, 1, "vcl-2026", "2026")]
    public void A_procedure_cites_the_law_in_force_on_the_day_it_was_resolved(int year, int month, int day, string label, string law)
    {
        var resolvedOn = new LocalDate(year, month, day);
        var compliant = Checker.Check(Road, RoadRecords(resolvedOn));
        var thin = Checker.Check(Road, With(ProcedureRecordKind.RepresentativesMeeting, r => r with { Present = 19, VotesFor = 15 }, resolvedOn));

        Assert.Equal(label, compliant.PolicyLabel);
        Assert.Equal(law, compliant.Reasons[0].Arguments[0]);
        var quorum = Assert.Single(thin.Reasons);
        Assert.Equal(GovernanceReasonCodes.RepresentativesQuorumNotMet, quorum.Code);
        Assert.Equal([19, 30, RatioThreshold.AtLeast(2, 3), law, 26], quorum.Arguments);
        Assert.Equal(label, thin.PolicyLabel);
    }

    [Fact]
    public void The_default_versions_are_the_2018_and_2026_texts_and_2026_says_its_figures_are_carried_over()
    {
        var versions = GovernancePolicy.Versions.Versions;

        Assert.Equal(["vcl-2018", "vcl-2026"], versions.Select(v => v.Label));
        Assert.Equal([new LocalDate(2018, 12, 29), new LocalDate(2026, 1, 1)], versions.Select(v => v.EffectiveFrom));
        Assert.Contains("carried over", versions[1].Policy.SourceNote, StringComparison.Ordinal);
        Assert.Equal(versions[0].Policy with { LawVersion = "2026", SourceNote = versions[1].Policy.SourceNote }, versions[1].Policy);
        Assert.Equal((22, 26, 30, 35), (versions[1].Policy.VillagersMeetingArticle, versions[1].Policy.RepresentativesMeetingArticle, versions[1].Policy.DisclosureArticle, versions[1].Policy.AuditArticle));
    }

    [Fact]
    public void A_procedure_before_the_first_version_is_refused_with_a_code()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Checker.Check(Road, RoadRecords(new LocalDate(2018, 12, 28))));

        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_step_is_named_and_every_other_failing_step_listed()
    {
        var records = With(ProcedureRecordKind.JointMeeting, _ => null)
            .Select(r => r.Kind == ProcedureRecordKind.ResultDisclosure ? null : r)
            .Where(r => r is not null).Select(r => r!).ToArray();

        var result = Checker.Check(Road, records);

        Assert.False(result.Compliant);
        Assert.Equal(DeliberationStep.JointConsultation, result.FirstFailingStep);
        Assert.Equal([DeliberationStep.JointConsultation, DeliberationStep.ResultDisclosure], result.FailingSteps);
        Assert.Equal([GovernanceReasonCodes.StepMissing, GovernanceReasonCodes.StepMissing], Codes(result));
    }

    [Fact]
    public void A_step_dated_before_an_earlier_one_is_out_of_order_and_the_same_day_is_not()
    {
        var early = Checker.Check(Road, With(ProcedureRecordKind.MembersMeeting, r => r with { On = ResolvedOn.PlusDays(-11) }));
        var sameDay = Checker.Check(Road, With(ProcedureRecordKind.ResolutionDisclosure, r => r with { On = ResolvedOn }));

        Assert.Equal(DeliberationStep.MembersReview, early.FirstFailingStep);
        Assert.Contains(GovernanceReasonCodes.StepOutOfOrder, Codes(early));
        Assert.True(sameDay.Compliant);
    }

    [Theory]
    [InlineData(21, 21, true, false)]   // exactly half present: quorum (at least half); exactly half for: not passed (more than half of those due)
    [InlineData(20, 20, false, false)]
    [InlineData(22, 22, true, true)]
    [InlineData(42, 21, true, false)]
    public void The_members_meeting_needs_half_present_and_more_than_half_of_those_due(int present, int votes, bool quorum, bool passed)
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.MembersMeeting, r => r with { Due = 42, Present = present, VotesFor = votes }));

        Assert.Equal(!quorum, Codes(result).Contains(GovernanceReasonCodes.QuorumNotMet));
        Assert.Equal(!passed, Codes(result).Contains(GovernanceReasonCodes.NotPassed));
        Assert.Equal(quorum && passed, result.Compliant);
    }

    [Theory]
    [InlineData(50, 0, true)]    // exactly half of the adults: no quorum (more than half)
    [InlineData(51, 0, false)]
    [InlineData(10, 40, false)]  // exactly two thirds of 60 households: quorum
    [InlineData(10, 39, true)]
    public void The_villagers_meeting_needs_more_than_half_the_adults_or_two_thirds_of_households(int adults, int households, bool failsQuorum)
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.RepresentativesMeeting, r => new ProcedureRecord(ProcedureRecordKind.VillagersMeeting, r.On)
        {
            Due = 100, Present = adults, VotesFor = adults, HouseholdsDue = 60, HouseholdsPresent = households,
        }));

        Assert.Equal(failsQuorum, Codes(result).Contains(GovernanceReasonCodes.VillagersQuorumNotMet));
        Assert.Equal(failsQuorum ? DeliberationStep.VillagersResolution : null, result.FirstFailingStep);
    }

    [Theory]
    [InlineData(25, false)]  // exactly half of those present
    [InlineData(26, true)]
    public void A_resolution_passes_with_more_than_half_of_those_present(int votes, bool passed)
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.RepresentativesMeeting, r => new ProcedureRecord(ProcedureRecordKind.VillagersMeeting, r.On)
        {
            Due = 90, Present = 50, VotesFor = votes,
        }));

        Assert.Equal(passed, result.Compliant);
        Assert.Equal(!passed, Codes(result).Contains(GovernanceReasonCodes.ResolutionNotPassed));
    }

    [Theory]
    [InlineData(20, false)]  // exactly two thirds of 30
    [InlineData(19, true)]
    public void The_representatives_meeting_needs_two_thirds_present(int present, bool fails)
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.RepresentativesMeeting, r => r with { Present = present, VotesFor = present }));

        Assert.Equal(fails, Codes(result).Contains(GovernanceReasonCodes.RepresentativesQuorumNotMet));
    }

    [Theory]
    [InlineData(-9, true)]
    [InlineData(-8, true)]  // the members' meeting is on -5: exactly 3 days before
    [InlineData(-7, false)]
    [InlineData(-5, false)]
    public void Party_members_are_told_at_least_three_days_before_their_meeting(int noticeDay, bool onTime)
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.MembersNotice, r => r with { On = ResolvedOn.PlusDays(noticeDay) }));
        var missing = Checker.Check(Road, With(ProcedureRecordKind.MembersNotice, _ => null));

        Assert.Equal(onTime, result.Compliant);
        Assert.Equal(onTime ? null : DeliberationStep.MembersReview, result.FirstFailingStep);
        Assert.Equal([GovernanceReasonCodes.NoticeMissing], Codes(missing));
    }

    [Theory]
    [InlineData(49_999.99, false, false, true)]
    [InlineData(50_000, false, false, false)]   // exactly the threshold: joint signature needed
    [InlineData(50_000, true, false, true)]
    public void An_expenditure_from_the_threshold_is_signed_by_secretary_and_director(double amount, bool bothSigned, bool combined, bool compliant)
    {
        var matter = Road with { Amount = (decimal)amount, Signature = new JointSignature(bothSigned, bothSigned, combined) };

        var result = Checker.Check(matter, RoadRecords(ResolvedOn));

        Assert.Equal(compliant, result.Compliant);
        Assert.Equal(compliant ? null : DeliberationStep.JointConsultation, result.FirstFailingStep);
    }

    [Fact]
    public void Where_one_person_holds_both_posts_a_second_member_signs()
    {
        var result = Checker.Check(Road with { Signature = new JointSignature(true, true, PostsHeldByOnePerson: true) }, RoadRecords(ResolvedOn));

        Assert.Equal([GovernanceReasonCodes.SecondSignatureMissing], Codes(result));
        Assert.True(Checker.Check(Road with { Signature = null, Amount = 0m }, RoadRecords(ResolvedOn)).Compliant);
    }

    [Theory]
    [InlineData(5, 10, true)]   // disclosed on the fifth day: on time
    [InlineData(6, 11, false)]
    public void The_resolution_is_disclosed_within_five_days(int day, int until, bool onTime)
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.ResolutionDisclosure, r => r with { On = ResolvedOn.PlusDays(day), PostedUntil = ResolvedOn.PlusDays(until) }));

        Assert.Equal(onTime, result.Compliant);
        Assert.Equal(!onTime, Codes(result).Contains(GovernanceReasonCodes.DisclosureLate));
    }

    [Theory]
    [InlineData(5, true)]   // posted exactly five days
    [InlineData(4, false)]
    public void A_notice_stays_posted_five_days(int days, bool kept)
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.ResultDisclosure, r => r with { PostedUntil = r.On.PlusDays(days) }));

        Assert.Equal(kept, result.Compliant);
        Assert.Equal(kept ? null : DeliberationStep.ResultDisclosure, result.FirstFailingStep);
    }

    private static readonly MajorMatter Appointment = new(new MatterId("appoint-1"), Township, GovernanceLevel.Township, MatterKind.ImportantAppointment);

    [Theory]
    [InlineData(9, 6, 5, true)]    // exactly two thirds present, 5 of 9 due for
    [InlineData(9, 5, 5, false)]
    [InlineData(10, 7, 5, false)]  // exactly half of those due for: not passed
    [InlineData(10, 7, 6, true)]
    public void The_committee_decides_with_two_thirds_present_and_more_than_half_of_those_due(int due, int present, int votes, bool compliant)
    {
        var result = Checker.Check(Appointment, [Meeting(ProcedureRecordKind.OfficeMeeting, ResolvedOn, 5, 5, 5), Meeting(ProcedureRecordKind.CommitteeMeeting, ResolvedOn.PlusDays(7), due, present, votes)]);

        Assert.Equal(compliant, result.Compliant);
        Assert.Null(result.FirstFailingStep);
        Assert.Empty(result.FailingSteps);
        Assert.Equal(ResolvedOn.PlusDays(7), result.DecidedOn);
        Assert.Equal(compliant ? [GovernanceReasonCodes.TownshipCompliant] : Codes(result).Where(c => c is GovernanceReasonCodes.QuorumNotMet or GovernanceReasonCodes.NotPassed), Codes(result));
    }

    [Fact]
    public void A_township_major_matter_decided_by_the_office_meeting_alone_is_not_compliant()
    {
        var office = Checker.Check(Appointment, [Meeting(ProcedureRecordKind.OfficeMeeting, ResolvedOn, 5, 5, 5) with { HeldInVillage = true }]);
        var largeSum = Checker.Check(Appointment with { Kind = MatterKind.Expenditure, Amount = 1_000_000m }, [Meeting(ProcedureRecordKind.OfficeMeeting, ResolvedOn, 5, 5, 5)]);

        Assert.False(office.Compliant);
        Assert.Equal([GovernanceReasonCodes.DecidedByOfficeAlone], Codes(office));
        Assert.Equal([GovernanceReasonCodes.DecidedByOfficeAlone], Codes(largeSum));
        Assert.Contains(ResolvedOn, office.Reasons[0].Arguments);
    }

    [Theory]
    [InlineData(999_999.99, true)]
    [InlineData(1_000_000, false)]  // exactly the large-sum threshold: the committee decides
    public void An_expenditure_is_a_large_sum_from_the_threshold(double amount, bool compliantByOffice)
    {
        var matter = Appointment with { Kind = MatterKind.Expenditure, Amount = (decimal)amount };

        var result = Checker.Check(matter, [Meeting(ProcedureRecordKind.OfficeMeeting, ResolvedOn, 5, 5, 5)]);

        Assert.Equal(compliantByOffice, result.Compliant);
        Assert.Equal(compliantByOffice ? GovernanceReasonCodes.NotAMajorMatter : GovernanceReasonCodes.DecidedByOfficeAlone, result.Reasons[0].Code);
    }

    [Fact]
    public void A_reason_renders_in_both_languages_with_the_same_code()
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.JointMeeting, _ => null));
        var reason = result.Reasons[0];

        Assert.NotEqual(reason.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("en")), reason.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Contains("两委会商议", reason.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_keeps_the_verdict()
    {
        var result = Checker.Check(Road, With(ProcedureRecordKind.JointMeeting, _ => null));

        var summary = result.ToSummary(Road);

        Assert.Equal((Road.Id, Village, GovernanceLevel.Village, false, (DeliberationStep?)DeliberationStep.JointConsultation, ResolvedOn),
            (summary.Id, summary.Organization, summary.Level, summary.Compliant, summary.FirstFailingStep, summary.DecidedOn));
    }
}
