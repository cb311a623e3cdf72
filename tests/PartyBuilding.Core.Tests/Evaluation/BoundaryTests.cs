using System.Collections;
using System.Reflection;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Evaluation.Validation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>Issue 13 at the evaluation boundary: nothing built can be changed, results name their version, bad input is coded.</summary>
public sealed class BoundaryTests
{
    private static readonly CadreId A = Cadre(0);
    private readonly DemocraticEvaluationTally tally = new(EvaluationPolicy.Default);

    private static EvaluationRound RoundUnder(string label) =>
        new(new RoundId("r"), [A], [Group("members", Ratio.One, 4)], Opens, Closes, label);

    [Fact]
    public void A_tally_of_one_policy_refuses_a_round_that_names_another_version()
    {
        var error = Assert.Throws<InvalidInputException>(() => tally.Tally(RoundUnder("2026"), Ballots("members", A, 3, 0, 0, 0)));
        var labelled = new DemocraticEvaluationTally(EvaluationPolicy.Default, "2026");

        Assert.Equal([EvaluationErrorCodes.PolicyVersionUnknown], error.Codes);
        Assert.Equal("2026", labelled.Tally(RoundUnder("2026"), Ballots("members", A, 3, 0, 0, 0)).PolicyVersion);
        Assert.Equal("default", tally.Tally(RoundUnder("default"), []).PolicyVersion);
        Assert.Contains(CommonErrorCodes.IdEmpty, Assert.Throws<InvalidInputException>(() => new DemocraticEvaluationTally(EvaluationPolicy.Default, " ")).Codes);
    }

    [Fact]
    public void Every_version_of_a_set_is_validated_and_named_in_the_failure()
    {
        var set = new PolicySet<EvaluationPolicy>(
        [
            new PolicyVersion<EvaluationPolicy>("2025", new NodaTime.LocalDate(2025, 1, 1), EvaluationPolicy.Default),
            new PolicyVersion<EvaluationPolicy>("2026", new NodaTime.LocalDate(2026, 1, 1), EvaluationPolicy.Default with { AnonymityMinimumBallots = 0 }),
        ]);

        var error = Assert.Throws<InvalidInputException>(() => new DemocraticEvaluationTally(set));

        Assert.Equal([EvaluationErrorCodes.PolicyAnonymityMinimum], error.Codes);
        Assert.StartsWith("policies[2026].", error.Errors[0].PropertyName, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new DemocraticEvaluationTally((PolicySet<EvaluationPolicy>)null!));
    }

    /// <summary>Tries to write through every cast a host might try; returns what succeeded.</summary>
    private static IEnumerable<string> Writable(string name, object collection)
    {
        if (collection is Array)
        {
            yield return name + " is an array";
        }

        if (collection is IList { IsReadOnly: false } || collection is IList { IsFixedSize: false })
        {
            yield return name + " as IList";
        }

        var type = collection.GetType();
        foreach (var face in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)))
        {
            if (!(bool)face.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(collection)!)
            {
                yield return $"{name} as {face.Name}";
            }
        }
    }

    [Fact]
    public void No_collection_of_a_round_a_box_or_a_result_can_be_written_through_a_cast()
    {
        var round = Round(2, Group("members", Ratio.Of(1, 2), 6), Group("representatives", Ratio.Of(1, 2), 2));
        var box = new BallotBox(round);
        box.Cast(box.Issue(Voter("members", 0)), [new(A, Rating.Incompetent)]);
        box.Close();
        var result = tally.Tally(round, Ballots("members", A, 1, 1, 0, 4).Concat(Ballots("representatives", A, 1, 0, 0, 0)));
        var published = result.Publish();

        (string, object)[] collections =
        [
            ("round.Candidates", round.Candidates), ("round.Groups", round.Groups), ("group.Voters", round.Groups[0].Voters),
            ("box.IssuedVoters", box.IssuedVoters), ("box.Ballots", box.Ballots), ("ballot.Ratings", box.Ballots[0].Ratings),
            ("result.Groups", result.Groups), ("result.Candidates", result.Candidates), ("result.RatedIncompetent", result.RatedIncompetent),
            ("result.ToCandidateSummaries()", result.ToCandidateSummaries()), ("candidate.Groups", result.Candidates[0].Groups),
            ("candidate.Reasons", result.Candidates[0].Reasons), ("published.Groups", published.Groups),
            ("published.Candidates", published.Candidates), ("published.WithheldGroups", published.WithheldGroups),
            ("published candidate.Groups", published.Candidates[0].Groups), ("new Ballot(…).Ratings", new Ballot("members", new[] { new CandidateRating(A, Rating.Excellent) }).Ratings),
        ];

        Assert.Empty(collections.SelectMany(c => Writable(c.Item1, c.Item2)));
        Assert.Throws<NotSupportedException>(() => ((IList<RaterGroup>)round.Groups)[0] = new RaterGroup("members", Ratio.One, [Voter("members", 0)]));
        Assert.Equal(Ratio.Of(1, 2), round.Groups[0].Weight);
    }

    [Fact]
    public void A_ballot_copies_its_ratings_and_compares_them_by_content()
    {
        var lines = new[] { new CandidateRating(A, Rating.Excellent) };
        var ballot = new Ballot("members", lines);
        var copy = new Ballot("members", [new CandidateRating(A, Rating.Excellent)]);
        lines[0] = new CandidateRating(A, Rating.Incompetent);

        Assert.Equal(Rating.Excellent, ballot.Ratings[0].Rating);
        Assert.Equal(copy, ballot);
        Assert.Equal(copy.GetHashCode(), ballot.GetHashCode());
        Assert.NotEqual(copy, ballot with { Ratings = lines });
        Assert.Equal(new Ballot("members", null!), new Ballot("members", null!));
    }

    [Fact]
    public void Results_of_the_same_round_are_equal_by_content()
    {
        var round = Round(2, Group("members", Ratio.Of(1, 2), 6), Group("representatives", Ratio.Of(1, 2), 2));
        var ballots = Ballots("members", A, 1, 1, 0, 4).Concat(Ballots("representatives", A, 1, 0, 0, 0)).ToArray();

        var first = tally.Tally(round, ballots);
        var second = tally.Tally(round, ballots);

        Assert.Equal(first.Candidates, second.Candidates);
        Assert.Equal(first.Groups, second.Groups);
        Assert.Equal(first.Publish().Candidates, second.Publish().Candidates);
        Assert.NotEqual(first.Candidates[0], first.Candidates[1]);
    }

    [Fact]
    public void Hosts_cannot_build_or_change_computed_results()
    {
        Type[] results =
        [
            typeof(EvaluationRoundResult), typeof(CandidateResult), typeof(CandidateGroupResult), typeof(GroupTurnout),
            typeof(PublishedRoundResult), typeof(PublishedCandidateResult), typeof(PublishedGroup), typeof(PublishedGroupCounts),
        ];

        var open = results.SelectMany(t =>
            t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Select(c => $"{t.Name}({c.GetParameters().Length} parameters)")
            .Concat(t.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => $"{t.Name}.{p.Name} setter")));

        Assert.Empty(open);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public void A_ballot_with_an_undefined_rating_is_an_invalid_ballot_and_the_box_is_still_counted(int rating)
    {
        var round = SingleGroup(3);
        var box = new BallotBox(round);
        box.Cast(box.Issue(Voter("members", 0)), [new(A, (Rating)rating)]);
        box.Cast(box.Issue(Voter("members", 1)), [new(A, Rating.Excellent)]);
        box.Close();

        var result = tally.Tally(box);
        var warnings = new BallotValidator(round).Validate(box.Ballots.First(b => b.Ratings[0].Rating == (Rating)rating));

        Assert.Equal((1, 1), (result.ValidBallots, result.InvalidBallots));
        Assert.Equal(new RatingCounts(1, 0, 0, 0, 0, 1), result.For(A).Counts);
        Assert.Equal([EvaluationErrorCodes.BallotRatingUndefined], warnings.Errors.Select(e => e.ErrorCode));
        Assert.DoesNotContain("{", warnings.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quorum_specification_refuses_a_policy_its_validator_refuses()
    {
        var huge = EvaluationPolicy.Default with { Quorum = RatioThreshold.AtLeast(1, (long)int.MaxValue + 2) };

        var error = Assert.Throws<InvalidInputException>(() => new PartyBuilding.Core.Evaluation.Specifications.RoundsBelowQuorumSpec(huge));

        Assert.Equal([EvaluationErrorCodes.PolicyShareOutOfRange], error.Codes);
        Assert.Throws<ArgumentNullException>(() => new PartyBuilding.Core.Evaluation.Specifications.RoundsBelowQuorumSpec(null!));
    }

    [Fact]
    public void An_undefined_rating_asked_of_counts_is_coded_invalid_input()
    {
        var counts = new RatingCounts(1, 2, 3, 4, 0, 0);

        Assert.Equal(4, counts[Rating.Incompetent]);
        Assert.Equal([EvaluationErrorCodes.RatingUndefined], Assert.Throws<InvalidInputException>(() => counts[(Rating)(-1)]).Codes);
    }

    [Fact]
    public void Ballot_shape_errors_name_the_group_and_leave_no_placeholder()
    {
        var validator = new BallotValidator(SingleGroup(2));
        var tallied = Assert.Throws<InvalidInputException>(() => tally.Tally(SingleGroup(2), [new Ballot("nobody", []), new Ballot("members", null!)]));

        var errors = validator.Validate(new Ballot("nobody", null!)).Errors.Concat(tallied.Errors).ToArray();

        Assert.Equal(
            [EvaluationErrorCodes.BallotGroupUnknown, EvaluationErrorCodes.BallotRatingsMissing, EvaluationErrorCodes.BallotGroupUnknown, EvaluationErrorCodes.BallotRatingsMissing],
            errors.Select(e => e.ErrorCode));
        Assert.All(errors, e => Assert.DoesNotContain("{", e.ErrorMessage, StringComparison.Ordinal));
        Assert.Contains("nobody", errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(["Group", "Ratings", "ballots[0].Group", "ballots[1].Ratings"], errors.Select(e => e.PropertyName));
    }

    private static readonly Gen<Ballot?> HostileBallot =
        Gen.Frequency(
            (1, Gen.Constant<Ballot?>(null)),
            (12,
                from groupName in Gen.Elements<string?>("members", "members", "members", "nobody", null)
                from lines in Gen.Frequency(
                    (1, Gen.Constant<CandidateRating[]?>(null)),
                    (8, Gen.ArrayOf(
                        from c in Gen.Elements(A, Cadre(1), Cadre(9), default)
                        from r in Gen.Frequency((6, Gen.Choose(0, 3)), (1, Gen.Elements(-1, 4, int.MinValue, int.MaxValue)))
                        select new CandidateRating(c, (Rating)r)).Select(a => (CandidateRating[]?)a)))
                select (Ballot?)new Ballot(groupName!, lines!)));

    /// <summary>Whatever a host hands the tally, it answers with a result or a coded refusal, never another exception.</summary>
    [Property(MaxTest = 300)]
    public Property The_tally_answers_any_ballots_with_a_result_or_a_coded_refusal() =>
        Prop.ForAll(
            Gen.ArrayOf(HostileBallot).ToArbitrary(),
            Gen.ArrayOf(Gen.Elements(A, Cadre(9), default)).ToArbitrary(),
            (ballots, previous) =>
            {
                try
                {
                    var result = tally.Tally(SingleGroup(6, candidates: 2), ballots.Select(b => b!), previous);
                    return (result.BallotsCast == ballots.Length).Label("every ballot counted");
                }
                catch (InvalidInputException e)
                {
                    return (e.Codes.Count > 0 && e.Codes.All(c => c.StartsWith("EVAL.", StringComparison.Ordinal))).Label(string.Join(",", e.Codes));
                }
            });
}
