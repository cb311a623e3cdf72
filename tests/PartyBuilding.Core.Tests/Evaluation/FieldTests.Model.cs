using PartyBuilding.Core.Evaluation;
using static PartyBuilding.Core.Tests.TestSupport.EvaluationArbitraries;

namespace PartyBuilding.Core.Tests.Evaluation;

public sealed partial class FieldTests
{
    /// <summary>A command on one of two boxes: issue to voter n (n ≥ eligible = a stranger), cast the n-th paper issued in the round (n ≥ issued = a forged paper), or close.</summary>
    public sealed record Command(int Box, char Kind, int Index)
    {
        public override string ToString() => $"{(Box == 0 ? "F" : "M")}{Kind}{Index}";
    }

    private const int Eligible = 6;

    private static readonly Gen<Command[]> Commands =
        Gen.ArrayOf(
            from box in Gen.Elements(0, 1)
            from command in Gen.Frequency(
                (5, Gen.Choose(0, Eligible + 1).Select(i => ('I', i))),
                (5, Gen.Choose(0, Eligible + 1).Select(i => ('C', i))),
                (1, Gen.Constant(('X', 0))))
            select new Command(box, command.Item1, command.Item2));

    /// <summary>
    /// Model-based, over interleaved commands on a fixed box and a mobile box sharing one register: a
    /// trivial model (issued voters of the round, papers with the box that issued them, cast papers, a
    /// closed flag per box) predicts which command succeeds and which is refused with which code; after
    /// every command the boxes and the register agree with the model (a refused command changes nothing);
    /// once both are closed the round's tally counts every cast paper of both boxes.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Interleaved_commands_on_two_boxes_leave_them_consistent_with_a_model() =>
        Prop.ForAll(Commands.ToArbitrary(), commands =>
        {
            var register = new IssuanceRegister(Round(1, Group("a", Ratio.Of(1, 2), 3), Group("b", Ratio.Of(1, 2), Eligible - 3)));
            BallotBox[] boxes = [new(register, "fixed"), new(register, "mobile")];
            var voters = Enumerable.Range(0, Eligible).Select(i => i < 3 ? Voter("a", i) : Voter("b", i - 3)).ToArray();
            var issuedVoters = new HashSet<int>();
            var papers = new List<(BallotPaper Paper, int Box)>();
            var castPapers = new HashSet<int>();
            var closed = new bool[2];

            foreach (var command in commands)
            {
                var box = boxes[command.Box];
                string? expected;
                Action act;
                switch (command.Kind)
                {
                    case 'I':
                        expected = closed[command.Box] ? EvaluationErrorCodes.BoxClosed
                            : command.Index >= Eligible ? EvaluationErrorCodes.VoterNotEligible
                            : issuedVoters.Contains(command.Index) ? EvaluationErrorCodes.BallotAlreadyIssued
                            : null;
                        act = () =>
                        {
                            var voter = command.Index < Eligible ? voters[command.Index] : new VoterId("stranger-" + command.Index);
                            papers.Add((box.Issue(voter), command.Box));
                            issuedVoters.Add(command.Index);
                        };
                        break;
                    case 'C':
                        expected = closed[command.Box] ? EvaluationErrorCodes.BoxClosed
                            : command.Index >= papers.Count ? EvaluationErrorCodes.BallotUnknown
                            : castPapers.Contains(command.Index) ? EvaluationErrorCodes.BallotAlreadyCast
                            : papers[command.Index].Box != command.Box ? EvaluationErrorCodes.BallotUnknown
                            : null;
                        act = () =>
                        {
                            var paper = command.Index < papers.Count ? papers[command.Index].Paper : new BallotPaper(Guid.NewGuid(), "a");
                            box.Cast(paper, [new(Cadre(0), Rating.Competent)]);
                            castPapers.Add(command.Index);
                        };
                        break;
                    default:
                        expected = closed[command.Box] ? EvaluationErrorCodes.BoxClosed : null;
                        act = () =>
                        {
                            box.Close();
                            closed[command.Box] = true;
                        };
                        break;
                }

                var actual = Outcome(act);
                if (actual != expected)
                {
                    return false.Label($"{command}: expected {expected ?? "success"}, got {actual ?? "success"}");
                }

                var consistent = register.IssuedCount == issuedVoters.Count
                    && Enumerable.Range(0, 2).All(b =>
                        boxes[b].IssuedCount == papers.Count(p => p.Box == b)
                        && boxes[b].CastCount == castPapers.Count(i => papers[i].Box == b)
                        && boxes[b].OutstandingCount == boxes[b].IssuedCount - boxes[b].CastCount
                        && boxes[b].State == (closed[b] ? BallotBoxState.Closed : BallotBoxState.Open))
                    && voters.Select((v, i) => register.HasBeenIssued(v) == issuedVoters.Contains(i) && boxes[1].HasBeenIssued(v) == issuedVoters.Contains(i)).All(x => x)
                    && register.IssuedVoters.SequenceEqual(register.IssuedVoters.Order())
                    && papers.Select(p => p.Paper.Serial).Distinct().Count() == papers.Count
                    && register.AllClosed == (closed[0] && closed[1]);
                if (!consistent)
                {
                    return false.Label($"{command}: boxes and model disagree");
                }
            }

            var tally = new DemocraticEvaluationTally(EvaluationPolicy.Default);
            if (closed[0] && closed[1])
            {
                var result = tally.Tally(register);
                var ballots = boxes.SelectMany(b => b.Ballots).ToArray();
                return (result.BallotsCast == castPapers.Count
                        && result.Candidates[0].Counts.Competent == castPapers.Count
                        && ballots.All(b => b.Ratings.Count == 1))
                    .Label("tally of both boxes");
            }

            return (Outcome(() => tally.Tally(register)) == EvaluationErrorCodes.BoxOpen).Label("an open box refuses the tally");
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
