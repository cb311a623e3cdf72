using PartyBuilding.Core.Evaluation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed partial class BallotBoxTests
{
    /// <summary>A command on the box: issue to voter n (n ≥ eligible = a stranger), cast the n-th paper issued (n ≥ issued = a forged paper), or close.</summary>
    public sealed record Command(char Kind, int Index)
    {
        public override string ToString() => $"{Kind}{Index}";
    }

    private const int Eligible = 6;

    private static readonly Gen<Command[]> Commands =
        Gen.ArrayOf(Gen.Frequency(
            (5, Gen.Choose(0, Eligible + 1).Select(i => new Command('I', i))),
            (5, Gen.Choose(0, Eligible + 1).Select(i => new Command('C', i))),
            (1, Gen.Constant(new Command('X', 0)))));

    /// <summary>
    /// Model-based: a trivial model (sets of issued voters and cast papers, a closed flag) predicts
    /// which command succeeds and which is refused with which code; after every command the box's
    /// counts and register agree with the model, and a refused command changes nothing.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Any_sequence_of_issue_cast_and_close_leaves_the_box_consistent_with_a_model() =>
        Prop.ForAll(Commands.ToArbitrary(), commands =>
        {
            var box = new BallotBox(Round(1, Group("a", Ratio.Of(1, 2), 3), Group("b", Ratio.Of(1, 2), Eligible - 3)));
            var voters = Enumerable.Range(0, Eligible).Select(i => i < 3 ? Voter("a", i) : Voter("b", i - 3)).ToArray();
            var issuedVoters = new HashSet<int>();
            var papers = new List<BallotPaper>();
            var castPapers = new HashSet<int>();
            var closed = false;

            foreach (var command in commands)
            {
                string? expected;
                Action act;
                switch (command.Kind)
                {
                    case 'I':
                        expected = closed ? EvaluationErrorCodes.BoxClosed
                            : command.Index >= Eligible ? EvaluationErrorCodes.VoterNotEligible
                            : issuedVoters.Contains(command.Index) ? EvaluationErrorCodes.BallotAlreadyIssued
                            : null;
                        act = () =>
                        {
                            var voter = command.Index < Eligible ? voters[command.Index] : new VoterId("stranger-" + command.Index);
                            papers.Add(box.Issue(voter));
                            issuedVoters.Add(command.Index);
                        };
                        break;
                    case 'C':
                        expected = closed ? EvaluationErrorCodes.BoxClosed
                            : command.Index >= papers.Count ? EvaluationErrorCodes.BallotUnknown
                            : castPapers.Contains(command.Index) ? EvaluationErrorCodes.BallotAlreadyCast
                            : null;
                        act = () =>
                        {
                            var paper = command.Index < papers.Count ? papers[command.Index] : new BallotPaper(Guid.NewGuid(), "a");
                            box.Cast(paper, [new(Cadre(0), Rating.Competent)]);
                            castPapers.Add(command.Index);
                        };
                        break;
                    default:
                        expected = closed ? EvaluationErrorCodes.BoxClosed : null;
                        act = () =>
                        {
                            box.Close();
                            closed = true;
                        };
                        break;
                }

                var actual = Outcome(act);
                if (actual != expected)
                {
                    return false.Label($"{command}: expected {expected ?? "success"}, got {actual ?? "success"}");
                }

                var consistent = box.IssuedCount == issuedVoters.Count
                    && box.CastCount == castPapers.Count
                    && box.OutstandingCount == issuedVoters.Count - castPapers.Count
                    && box.State == (closed ? BallotBoxState.Closed : BallotBoxState.Open)
                    && voters.Select((v, i) => box.HasBeenIssued(v) == issuedVoters.Contains(i)).All(x => x)
                    && papers.Select(p => p.Serial).Distinct().Count() == papers.Count;
                if (!consistent)
                {
                    return false.Label($"{command}: box and model disagree");
                }
            }

            if (closed)
            {
                var result = new DemocraticEvaluationTally(EvaluationPolicy.Default).Tally(box);
                return (result.BallotsCast == castPapers.Count && result.Candidates[0].Counts.Competent == castPapers.Count).Label("tally of the closed box");
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 100)]
    public Property Every_second_issue_and_every_second_cast_is_refused() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, Eligible - 1)).ToArbitrary(), order =>
        {
            var box = new BallotBox(SingleGroup(Eligible));
            var seen = new HashSet<int>();
            foreach (var i in order)
            {
                var voter = Voter("members", i);
                if (seen.Add(i))
                {
                    var paper = box.Issue(voter);
                    box.Cast(paper, []);
                    if (Outcome(() => box.Cast(paper, [])) != EvaluationErrorCodes.BallotAlreadyCast)
                    {
                        return false;
                    }
                }
                else if (Outcome(() => box.Issue(voter)) != EvaluationErrorCodes.BallotAlreadyIssued)
                {
                    return false;
                }
            }

            return box.CastCount == seen.Count && box.IssuedCount == seen.Count;
        });

    private static string? Outcome(Action act)
    {
        try
        {
            act();
            return null;
        }
        catch (InvalidOperationException e)
        {
            return CodeOf(e);
        }
        catch (InvalidInputException e)
        {
            return e.Codes.Single();
        }
    }
}
