using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Specifications;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// Hostile input never takes the service down (issue 22): one test per class of damage — a bad item in a
/// batch, memory left behind by host strings, a validated object edited afterwards, figures that overflow
/// later, a quadratic check, and an error text with a raw placeholder.
/// </summary>
public sealed partial class HostileInputTests
{
    // ---- 1. One hostile item never stops a batch -----------------------------------------------------------

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public void A_ballot_with_an_undefined_rating_is_an_invalid_ballot_and_the_round_is_still_counted(int rating)
    {
        var round = LibrarySamples.NewRound();
        var box = new BallotBox(round);
        var voters = round.Groups.SelectMany(g => g.Voters).ToArray();
        box.Cast(box.Issue(voters[0]), [new CandidateRating(LibrarySamples.Candidates[0], (Rating)rating)]);
        foreach (var voter in voters.Skip(1))
        {
            box.Cast(box.Issue(voter), [.. LibrarySamples.Candidates.Select(c => new CandidateRating(c, Rating.Competent))]);
        }

        box.Close();
        var result = ((IDemocraticEvaluationTally)LibrarySamples.Service(typeof(IDemocraticEvaluationTally))).Tally(box);

        var members = result.Groups.Single(t => t.Group == round.Groups[0].Name);
        Assert.Equal(1, members.InvalidBallots);
        Assert.Equal(round.Groups[0].Voters.Count - 1, members.ValidBallots);
        Assert.All(result.Candidates, c => Assert.Equal(EvaluationOutcome.Retain, c.Outcome));
    }

    // ---- 2. Memory bounded by what the host keeps ------------------------------------------------------------

    [Fact]
    public void Distinct_huge_area_codes_and_unknown_codes_leave_no_memory_behind()
    {
        var assigner = (IAffiliationAssigner)LibrarySamples.Service(typeof(IAffiliationAssigner));
        var registry = LibrarySamples.Registry;
        var before = RetainedBytes();
        for (var i = 0; i < 32; i++)
        {
            var area = new string((char)('a' + (i % 26)), 1 << 20) + i.ToString(CultureInfo.InvariantCulture);
            var decision = assigner.Assign(new MobileMember(new MemberId($"m-{i}"), PartyBuilding.Core.Members.MembershipStatus.Full, area), registry);
            Assert.Equal(AffiliationOutcome.Unassigned, decision.Outcome);
            var reason = Reason.Of("NOPE." + area);
            Assert.NotEmpty(reason.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));
        }

        // 32 areas of 2 MB each (UTF-16) and 32 codes as large: 128 MB if anything kept them.
        var retained = RetainedBytes() - before;
        Assert.True(retained < 16 << 20, $"{retained:N0} bytes retained");
    }

    private static long RetainedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // ---- 3. A validated object stays validated ---------------------------------------------------------------

    [Fact]
    public void A_policy_checked_once_cannot_be_edited_into_an_unchecked_one_through_the_hosts_lists()
    {
        var cadreLadder = AccountabilityPolicy.Default.CadreLadder.ToList();
        var policy = AccountabilityPolicy.Default with { CadreLadder = cadreLadder };
        var escalator = new AccountabilityEscalator(PolicySet.Of(policy));
        var request = Request;
        var before = escalator.Decide(request);

        cadreLadder.Reverse();
        cadreLadder[0] = null!;

        Assert.Equal(AccountabilityPolicy.Default.CadreLadder, policy.CadreLadder);
        Assert.Equal(before.Level, escalator.Decide(request).Level);
        Assert.Throws<NotSupportedException>(() => ((IList<CadreLadderCell>)policy.CadreLadder)[0] = policy.CadreLadder[1]);
    }

    private static readonly SanctionRequest Request = new()
    {
        Subject = LibrarySamples.CadreSubject, Kind = MisconductKind.Inaction, Impact = Impact.Significant, DecidedOn = LibrarySamples.AsOf,
    };

    // ---- 4. Figures a validator accepts can be computed with -------------------------------------------------

    /// <summary>Every integer figure of every registered policy, at values that overflow naive arithmetic.</summary>
    public static TheoryData<string, string, int> ExtremeFigures
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var option in PolicyOptions())
            {
                var policyType = option.PropertyType.GetGenericArguments()[0];
                foreach (var figure in policyType.GetProperties().Where(p => p.PropertyType == typeof(int) && p.CanWrite))
                {
                    foreach (var value in new[] { int.MaxValue, int.MaxValue / 2, int.MinValue })
                    {
                        data.Add(option.Name, figure.Name, value);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ExtremeFigures))]
    public void A_figure_the_validator_accepts_computes_without_overflow(string option, string figure, int value)
    {
        var optionProperty = typeof(PartyBuildingOptions).GetProperty(option)!;
        var policyType = optionProperty.PropertyType.GetGenericArguments()[0];
        var policy = WithFigure(policyType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!, figure, value);
        var set = typeof(PolicySet).GetMethod(nameof(PolicySet.Of))!.MakeGenericMethod(policyType).Invoke(null, [policy, PolicySet.DefaultLabel])!;

        ServiceProvider services;
        try
        {
            services = new ServiceCollection().AddPartyBuilding(o => optionProperty.SetValue(o, set)).BuildServiceProvider();
        }
        catch (InvalidInputException refused)
        {
            Assert.NotEmpty(refused.Codes); // refused by the validator with a code: nothing to compute
            return;
        }

        var faults = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in LibrarySamples.RuleServices)
        {
            var target = services.GetRequiredService(service);
            foreach (var method in service.GetMethods())
            {
                var entry = CodedErrorsConventionsTests.All[Names.Of(method)] with { Targets = [() => target] };
                var calls = from arguments in ArbitraryValues.For(entry.Parameters.Select(p => p.ParameterType))
                            select new CodedErrorsConventionsTests.Call(0, arguments);
                Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(calls.ToArbitrary(), call =>
                {
                    if (CodedErrorsConventionsTests.Fault(entry, call) is var (kind, detail))
                    {
                        faults.TryAdd($"{entry.Name} → {kind}", detail);
                    }

                    return true;
                }));
            }
        }

        Assert.True(faults.IsEmpty, string.Join("\n", faults.Select(f => $"{f.Key}: {f.Value}").Order(StringComparer.Ordinal)));
    }

    private static IEnumerable<PropertyInfo> PolicyOptions() =>
        typeof(PartyBuildingOptions).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(PolicySet<>))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    private static object WithFigure(object policy, string figure, int value)
    {
        var copy = policy.GetType().GetMethod("<Clone>$")!.Invoke(policy, null)!;
        policy.GetType().GetProperty(figure)!.SetValue(copy, value);
        return copy;
    }

    [Theory]
    [InlineData(2025, 1, 1)]
    [InlineData(9999, 12, 1)]
    [InlineData(9999, 12, 31)]
    public void A_case_received_near_the_calendars_end_has_deadlines_and_an_answer_on_any_date(int year, int month, int day)
    {
        var on = new LocalDate(year, month, day);
        var longest = AccountabilityPolicy.Default with { RegisterWithinDays = 36_500, ConcludeWithinDays = 36_500, MaxExtensionDays = 36_500 };
        var policies = PolicySet.Of(longest);
        var c = AccountabilityCase.Receive(LibrarySamples.NewComplaint(), on, policies);
        c.StartInvestigation(on);
        c.ExtendDeadline(on, 36_500, "Witness abroad");

        Assert.True(c.RegistrationDeadline >= on);
        Assert.True(c.ConclusionDeadline >= on);
        Assert.False(c.IsOverdueOn(on));
        Assert.False(c.IsOverdueOn(LocalDate.MaxIsoValue) && c.ConclusionDeadline == LocalDate.MaxIsoValue);
    }

    [Fact]
    public void A_round_at_full_turnout_is_never_below_a_quorum_with_large_terms()
    {
        var policy = EvaluationPolicy.Default with { Quorum = RatioThreshold.AtLeast(int.MaxValue - 1, int.MaxValue) };
        var spec = new RoundsBelowQuorumSpec(policy);
        var full = new EvaluationRoundSummary { Id = new RoundId("R"), PolicyVersion = PolicySet.DefaultLabel, OpensOn = new LocalDate(2026, 1, 1), ClosesOn = new LocalDate(2026, 1, 1), Eligible = int.MaxValue, BallotsCast = int.MaxValue, QuorumMet = true };
        var short1 = full with { Id = new RoundId("S"), BallotsCast = int.MaxValue - 2 };

        Assert.Equal([short1.Id], spec.Evaluate([full, short1]).Select(r => r.Id));
    }

    // ---- 5. No quadratic path on input size ------------------------------------------------------------------

    [Fact]
    public void A_registry_of_100000_organizations_in_one_chain_is_checked_and_its_cycle_found()
    {
        const int depth = 100_000;
        static OrganizationId Id(int i) => new($"o{i:000000}");
        PartyOrganization Level(int i, int parent) =>
            new(Id(i), $"Level {i}", OrganizationLevel.Branch, OrganizationKind.Village, null, parent < 0 ? null : Id(parent));

        var chain = Enumerable.Range(0, depth).Select(i => Level(i, i - 1)).ToArray();
        var registry = new OrganizationRegistry(chain, []);
        Assert.Equal(depth, registry.Organizations.Count);

        // The root's parent is the deepest level: every organization is on one cycle of 100,000.
        chain[0] = Level(0, depth - 1);
        var error = Assert.Throws<InvalidInputException>(() => new OrganizationRegistry(chain, []));
        Assert.Equal(depth, error.Errors.Count(e => e.ErrorCode == OrganizationErrorCodes.ParentCycle));
    }

    [Fact]
    public void Only_the_organizations_on_a_cycle_are_named_not_those_hanging_from_it()
    {
        static OrganizationId Id(string id) => new(id);
        PartyOrganization Org(string id, string? parent) => new(Id(id), id, OrganizationLevel.Branch, OrganizationKind.Village, null, parent is null ? null : Id(parent));

        var error = Assert.Throws<InvalidInputException>(() => new OrganizationRegistry(
            [Org("tail2", "tail1"), Org("tail1", "b"), Org("a", "c"), Org("b", "a"), Org("c", "b"), Org("root", null), Org("leaf", "root")], []));

        Assert.Equal(["a", "b", "c"], error.Errors.Where(e => e.ErrorCode == OrganizationErrorCodes.ParentCycle).Select(e => (string)e.AttemptedValue));
    }

    // ---- 6. Every error text is filled in --------------------------------------------------------------------

    /// <summary>Every code of the library with its English and Chinese text.</summary>
    public static TheoryData<string> Codes => [.. AllTexts().Select(t => t.Code).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_codes_text_uses_the_same_placeholders_in_both_cultures_numbered_from_zero(string code)
    {
        var en = Placeholders(MessageCatalog.Get(code, CultureInfo.InvariantCulture));
        var zh = Placeholders(MessageCatalog.Get(code, CultureInfo.GetCultureInfo("zh-CN")));

        Assert.Equal(en, zh);
        Assert.Equal(Enumerable.Range(0, en.Count), en);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_codes_text_rendered_with_its_arguments_has_no_placeholder_left_in_either_culture(string code)
    {
        var count = Placeholders(MessageCatalog.Get(code, CultureInfo.InvariantCulture)).Count;
        var reason = Reason.Of(code, [.. Enumerable.Range(0, count).Select(i => (object?)$"arg{i}")]);

        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("zh-CN") })
        {
            var text = reason.MessageIn(culture);
            Assert.DoesNotMatch(Placeholder(), text);
            Assert.All(Enumerable.Range(0, count), i => Assert.Contains($"arg{i}", text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_validation_failure_never_shows_a_raw_placeholder()
    {
        // A code whose text is shared with the escalator's refusal of an unknown label ({0}), and one with {PropertyValue}.
        var request = Request with { PolicyLabel = " ", Kind = (MisconductKind)(-7) };
        var failures = new PartyBuilding.Core.Accountability.Validation.SanctionRequestValidator().Validate(request).Errors;

        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.DoesNotMatch(Placeholder(), f.ErrorMessage));
        Assert.Equal([AccountabilityErrorCodes.EnumUndefined, AccountabilityErrorCodes.PolicyLabelUnknown], failures.Select(f => f.ErrorCode));
        Assert.Contains("'-7'", failures[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("' '", failures[1].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_built_by_hand_fills_the_validators_placeholders_too()
    {
        var failure = Culture.Under("en", () => Failures.Of("Criteria[0]", PartyBuilding.Core.Teams.TeamsErrorCodes.EnumUndefined, (PartyBuilding.Core.Teams.WeakTeamCriterion)(-3)));
        var withArguments = Culture.Under("en", () => Failures.Of("Label", AccountabilityErrorCodes.PolicyLabelUnknown, "x", "x"));

        Assert.Equal("'-3' is not a defined value.", failure.ErrorMessage);
        Assert.Equal("No policy version is labelled 'x'.", withArguments.ErrorMessage);
    }

    private static IEnumerable<(string Code, string Text)> AllTexts() =>
        MessageCatalog.All.SelectMany(m => m.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => ((string)e.Key, (string)e.Value!)));

    private static List<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
