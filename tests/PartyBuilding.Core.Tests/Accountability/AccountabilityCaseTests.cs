using NodaTime;
using PartyBuilding.Core.Accountability;
using static PartyBuilding.Core.Tests.Accountability.CaseFixtures;

namespace PartyBuilding.Core.Tests.Accountability;

public sealed class AccountabilityCaseTests
{
    [Fact]
    public void A_serious_substantiated_case_goes_through_sanction_and_disclosure_to_closing()
    {
        var c = Received();
        Assert.Equal(CaseState.Received, c.State);

        c.StartInvestigation(Day(5));
        Assert.Equal(CaseState.Investigating, c.State);

        c.Conclude(Day(30), Finding.Substantiated(MisconductKind.DisorderlyAction, Impact.Serious));
        Assert.Equal(CaseState.Concluded, c.State);

        c.Sanction(Day(35), Escalator.Decide(c, [], Day(35)));
        Assert.Equal(CaseState.Sanctioned, c.State);
        Assert.True(c.RequiresDisclosure);

        c.Disclose(Day(40));
        Assert.Equal(CaseState.Disclosed, c.State);

        c.Close(Day(41));
        Assert.Equal(CaseState.Closed, c.State);
        Assert.Equal(Day(41), c.ClosedOn);
        Assert.Equal(6, c.History.Count);
        Assert.IsType<CaseReceived>(c.History[0]);
        Assert.IsType<CaseClosed>(c.History[^1]);
    }

    [Fact]
    public void An_unsubstantiated_case_closes_right_after_its_finding()
    {
        var c = Concluded(Finding.Unsubstantiated("The permit was issued within the statutory period."));

        c.Close(Day(21));

        Assert.Equal(CaseState.Closed, c.State);
        Assert.False(c.IsSubstantiated);
        Assert.Null(c.Decision);
    }

    [Fact]
    public void A_minor_substantiated_case_closes_after_its_sanction_without_disclosure()
    {
        var c = Sanctioned(Impact.Minor);

        Assert.False(c.RequiresDisclosure);
        c.Close(Day(26));

        Assert.Equal(CaseState.Closed, c.State);
        Assert.Null(c.DisclosedOn);
    }

    [Fact]
    public void A_waived_case_closes_after_its_sanction_record_without_disclosure()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.RuleViolation, Impact.Serious) with { DissentRecorded = true });
        var decision = Escalator.Decide(c, [], Day(22));
        c.Sanction(Day(22), decision);

        Assert.True(decision.Waived);
        Assert.False(c.RequiresDisclosure);
        c.Close(Day(23));
        Assert.Equal(CaseState.Closed, c.State);
    }

    [Fact]
    public void A_received_case_cannot_close_without_a_finding()
    {
        var c = Received();

        var error = Assert.Throws<InvalidOperationException>(() => c.Close(Day(1)));

        Assert.StartsWith(AccountabilityErrorCodes.CloseWithoutFinding, error.Message);
    }

    [Fact]
    public void An_investigating_case_cannot_close_without_a_finding()
    {
        var c = Investigating();

        var error = Assert.Throws<InvalidOperationException>(() => c.Close(Day(10)));

        Assert.StartsWith(AccountabilityErrorCodes.CloseWithoutFinding, error.Message);
    }

    [Fact]
    public void A_substantiated_case_cannot_close_before_its_sanction()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));

        var error = Assert.Throws<InvalidOperationException>(() => c.Close(Day(21)));

        Assert.StartsWith(AccountabilityErrorCodes.CloseWithoutSanction, error.Message);
    }

    [Fact]
    public void A_case_requiring_disclosure_cannot_close_before_it_is_disclosed()
    {
        var c = Sanctioned(Impact.Serious);

        var error = Assert.Throws<InvalidOperationException>(() => c.Close(Day(26)));

        Assert.StartsWith(AccountabilityErrorCodes.CloseBeforeDisclosure, error.Message);
        Assert.Equal(CaseState.Sanctioned, c.State);
    }

    [Fact]
    public void Disclosure_of_a_sanction_that_does_not_require_it_is_refused()
    {
        var c = Sanctioned(Impact.Minor);

        var error = Assert.Throws<InvalidOperationException>(() => c.Disclose(Day(26)));

        Assert.StartsWith(AccountabilityErrorCodes.DisclosureNotRequired, error.Message);
    }

    [Fact]
    public void An_unsubstantiated_case_cannot_be_sanctioned()
    {
        var c = Concluded(Finding.Unsubstantiated("No evidence."));
        var decision = Escalator.Decide(new SanctionRequest { Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = Day(21) });

        var error = Assert.Throws<InvalidOperationException>(() => c.Sanction(Day(21), decision));

        Assert.StartsWith(AccountabilityErrorCodes.IllegalTransition, error.Message);
    }

    public static TheoryData<string, string> IllegalMoves() => new()
    {
        { "Received", "Conclude" }, { "Received", "Sanction" }, { "Received", "Disclose" }, { "Received", "Extend" },
        { "Investigating", "Start" }, { "Investigating", "Sanction" }, { "Investigating", "Disclose" },
        { "Concluded", "Start" }, { "Concluded", "Conclude" }, { "Concluded", "Extend" }, { "Concluded", "Disclose" },
        { "Sanctioned", "Start" }, { "Sanctioned", "Conclude" }, { "Sanctioned", "Sanction" }, { "Sanctioned", "Extend" },
        { "Disclosed", "Start" }, { "Disclosed", "Conclude" }, { "Disclosed", "Sanction" }, { "Disclosed", "Disclose" }, { "Disclosed", "Extend" },
        { "Closed", "Start" }, { "Closed", "Conclude" }, { "Closed", "Sanction" }, { "Closed", "Disclose" }, { "Closed", "Close" },
        { "Closed", "Progress" }, { "Closed", "Extend" },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void An_illegal_transition_is_refused_with_its_code_and_leaves_the_case_unchanged(string state, string move)
    {
        var c = InState(state);
        var before = Snapshot(c);
        var decision = Escalator.Decide(new SanctionRequest
        {
            Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Serious, DecidedOn = Day(60),
        });

        var error = Assert.Throws<InvalidOperationException>(() => Do(c, move, Day(60), decision));

        Assert.StartsWith(AccountabilityErrorCodes.IllegalTransition, error.Message);
        Assert.Equal(before, Snapshot(c));
    }

    [Fact]
    public void Progress_may_be_recorded_in_every_state_before_closing()
    {
        foreach (var state in new[] { "Received", "Investigating", "Concluded", "Sanctioned", "Disclosed" })
        {
            var c = InState(state);
            var count = c.History.Count;
            c.RecordProgress(Day(60), "Complainant informed of progress");
            Assert.Equal(count + 1, c.History.Count);
            Assert.Equal(state, c.State.ToString());
        }
    }

    [Fact]
    public void An_event_dated_before_the_previous_one_is_refused()
    {
        var c = Investigating();

        var error = Assert.Throws<InvalidOperationException>(() => c.RecordProgress(Day(2), "back-dated"));

        Assert.StartsWith(AccountabilityErrorCodes.EventBeforePrevious, error.Message);
        Assert.Equal(2, c.History.Count);
    }

    [Fact]
    public void An_event_dated_the_same_day_as_the_previous_one_is_accepted()
    {
        var c = Received();

        c.StartInvestigation(Start);

        Assert.Equal(Start, c.AcceptedOn);
    }

    [Fact]
    public void A_blank_progress_note_is_refused_as_invalid_input()
    {
        var c = Received();

        var error = Assert.Throws<InvalidInputException>(() => c.RecordProgress(Day(1), "  "));

        Assert.Contains(AccountabilityErrorCodes.NoteEmpty, error.Codes);
        Assert.Throws<ArgumentNullException>(() => c.RecordProgress(Day(1), null!));
    }

    [Fact]
    public void An_inconsistent_finding_is_refused_with_every_failure_listed()
    {
        var c = Investigating();
        var finding = new Finding { Outcome = FindingOutcome.Unsubstantiated, Impact = Impact.Minor };

        var error = Assert.Throws<InvalidInputException>(() => c.Conclude(Day(5), finding));

        Assert.Contains(AccountabilityErrorCodes.FindingGroundsMissing, error.Codes);
        Assert.Contains(AccountabilityErrorCodes.FindingUnsubstantiatedWithFacts, error.Codes);
        Assert.Equal(CaseState.Investigating, c.State);
        Assert.Throws<ArgumentNullException>(() => c.Conclude(Day(5), null!));
    }

    [Fact]
    public void A_decision_about_another_subject_is_refused()
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));
        var other = Escalator.Decide(new SanctionRequest
        {
            Subject = AccountabilitySubject.ForCadre(new CadreId("cadre-li")), Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = Day(21),
        });

        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(Day(21), other));

        Assert.Contains(AccountabilityErrorCodes.DecisionSubjectMismatch, error.Codes);
        Assert.Throws<ArgumentNullException>(() => c.Sanction(Day(21), null!));
    }

    [Fact]
    public void A_case_keeps_the_policy_version_it_opened_under_for_deadlines_and_its_sanction()
    {
        var strict = AccountabilityPolicy.Default with
        {
            RegisterWithinDays = 7,
            CadreLadder = [.. AccountabilityPolicy.Default.CadreLadder.Select(cell => cell with { Level = SanctionLevel.DisciplinarySanction })],
        };
        var policies = new PolicySet<AccountabilityPolicy>(
        [
            new PolicyVersion<AccountabilityPolicy>("2025", new LocalDate(2025, 1, 1), AccountabilityPolicy.Default),
            new PolicyVersion<AccountabilityPolicy>("2026-strict", new LocalDate(2026, 6, 1), strict),
        ]);
        var escalator = new AccountabilityEscalator(policies);
        var c = AccountabilityCase.Receive(Complaint(), new LocalDate(2026, 5, 20), policies);
        c.StartInvestigation(new LocalDate(2026, 5, 25));
        c.Conclude(new LocalDate(2026, 6, 10), Finding.Substantiated(MisconductKind.Inaction, Impact.Minor));

        var decision = escalator.Decide(c, [], new LocalDate(2026, 6, 12));

        Assert.Equal("2025", c.PolicyLabel);
        Assert.Equal(new LocalDate(2026, 6, 4), c.RegistrationDeadline);
        Assert.Equal("2025", decision.PolicyLabel);
        Assert.Equal(SanctionLevel.CriticismEducation, decision.Level);

        var newer = escalator.Decide(new SanctionRequest { Subject = Cadre, Kind = MisconductKind.Inaction, Impact = Impact.Minor, DecidedOn = new LocalDate(2026, 6, 12) });
        Assert.Equal("2026-strict", newer.PolicyLabel);
        var error = Assert.Throws<InvalidInputException>(() => c.Sanction(new LocalDate(2026, 6, 12), newer));
        Assert.Contains(AccountabilityErrorCodes.DecisionPolicyMismatch, error.Codes);
    }

    [Fact]
    public void A_complaint_with_a_default_id_a_missing_subject_and_a_blank_summary_is_refused_with_every_failure()
    {
        var error = Assert.Throws<InvalidInputException>(() =>
            AccountabilityCase.Receive(new Complaint(default, null!, " "), Start, FixturePolicies));

        Assert.Contains(AccountabilityErrorCodes.CaseIdMissing, error.Codes);
        Assert.Contains(AccountabilityErrorCodes.SubjectMissing, error.Codes);
        Assert.Contains(AccountabilityErrorCodes.SummaryEmpty, error.Codes);
        Assert.Throws<ArgumentNullException>(() => AccountabilityCase.Receive(null!, Start, FixturePolicies));
        Assert.Throws<ArgumentNullException>(() => AccountabilityCase.Receive(Complaint(), Start, (PolicySet<AccountabilityPolicy>)null!));
    }

    [Fact]
    public void A_subject_with_a_default_id_is_refused()
    {
        Assert.Contains(AccountabilityErrorCodes.SubjectMissing, Assert.Throws<InvalidInputException>(() => AccountabilitySubject.ForCadre(default)).Codes);
        Assert.Contains(AccountabilityErrorCodes.SubjectMissing, Assert.Throws<InvalidInputException>(() => AccountabilitySubject.ForOrganization(default)).Codes);
        Assert.Equal(AccountabilitySubject.ForCadre(new CadreId("a")), AccountabilitySubject.ForCadre(new CadreId("a")));
        Assert.NotEqual(AccountabilitySubject.ForCadre(new CadreId("a")), AccountabilitySubject.ForOrganization(new OrganizationId("a")));
    }

    [Fact]
    public void A_case_is_not_received_before_its_policy_is_in_force()
    {
        var policies = new PolicySet<AccountabilityPolicy>([new PolicyVersion<AccountabilityPolicy>("2027", new LocalDate(2027, 1, 1), AccountabilityPolicy.Default)]);

        var error = Assert.Throws<InvalidOperationException>(() => AccountabilityCase.Receive(Complaint(), Start, policies));

        Assert.StartsWith(CommonErrorCodes.PolicyNotInForce, error.Message);
    }

    [Fact]
    public void A_case_is_not_received_under_an_inconsistent_policy()
    {
        var bad = PolicySet.Of(AccountabilityPolicy.Default with { ConcludeWithinDays = 0 });

        var error = Assert.Throws<InvalidInputException>(() => AccountabilityCase.Receive(Complaint(), Start, bad));

        Assert.Contains(AccountabilityErrorCodes.PolicyNotPositive, error.Codes);
    }

    internal static AccountabilityCase InState(string state)
    {
        switch (state)
        {
            case "Received":
                return Received();
            case "Investigating":
                return Investigating();
            case "Concluded":
                return Concluded(Finding.Substantiated(MisconductKind.Inaction, Impact.Serious));
            case "Sanctioned":
                return Sanctioned(Impact.Serious);
            case "Disclosed":
                var disclosed = Sanctioned(Impact.Serious);
                disclosed.Disclose(Day(30));
                return disclosed;
            default:
                var closed = Sanctioned(Impact.Minor);
                closed.Close(Day(30));
                return closed;
        }
    }

    private static void Do(AccountabilityCase c, string move, LocalDate on, SanctionDecision decision)
    {
        switch (move)
        {
            case "Start": c.StartInvestigation(on); break;
            case "Extend": c.ExtendDeadline(on, 10, "complex"); break;
            case "Progress": c.RecordProgress(on, "note"); break;
            case "Conclude": c.Conclude(on, Finding.Substantiated(MisconductKind.Inaction, Impact.Minor)); break;
            case "Sanction": c.Sanction(on, decision); break;
            case "Disclose": c.Disclose(on); break;
            case "Close": c.Close(on); break;
            default: throw new ArgumentOutOfRangeException(nameof(move));
        }
    }
}
