using NodaTime;
using PartyBuilding.Core.Teams;
using static PartyBuilding.Core.Tests.Teams.TeamFixtures;

namespace PartyBuilding.Core.Tests.Teams;

public sealed class CadreTrainingTests
{
    private static readonly LocalDate Elected = new(2026, 3, 10);

    private static CadreTrainingRecord Cadre(params TrainingSession[] sessions) =>
        new() { Cadre = new CadreId("C1"), ElectedOn = Elected, Sessions = sessions };

    [Fact]
    public void Induction_within_three_months_of_at_least_three_days_is_done()
    {
        var standing = Training.Assess(Cadre(new(new LocalDate(2026, 4, 1), 2), new(new LocalDate(2026, 6, 10), 1)), new LocalDate(2026, 6, 30));

        Assert.Equal(TrainingStatus.Done, standing.Induction);
        Assert.Equal(new LocalDate(2026, 6, 10), standing.InductionCompletedOn);
        Assert.Equal(new LocalDate(2026, 6, 10), standing.InductionDueOn);
        Assert.Equal(3, standing.InductionDays);
        Assert.Equal(TeamsReasonCodes.InductionDone, standing.Reasons[0].Code);
    }

    [Fact]
    public void Induction_is_pending_on_its_due_day_and_overdue_the_day_after()
    {
        var cadre = Cadre(new(new LocalDate(2026, 4, 1), 2), new(new LocalDate(2026, 6, 11), 1));

        Assert.Equal(TrainingStatus.Pending, Training.Assess(cadre, new LocalDate(2026, 6, 10)).Induction);
        var after = Training.Assess(cadre, new LocalDate(2026, 6, 11));
        Assert.Equal(TrainingStatus.Overdue, after.Induction);
        Assert.True(after.IsOverdue);
        Assert.Equal([2L, 3, new LocalDate(2026, 6, 10)], after.Reasons[0].Arguments);
        Assert.Equal(TrainingStatus.NotRequired, Training.Assess(cadre with { NewCadre = false }, new LocalDate(2026, 6, 11)).Induction);
    }

    [Fact]
    public void Rotation_is_owed_every_year_after_the_election_year()
    {
        var cadre = Cadre(new(new LocalDate(2026, 4, 1), 3), new(new LocalDate(2027, 5, 1), 3));

        var first = Training.Assess(cadre, new LocalDate(2026, 12, 31));
        Assert.Equal(TrainingStatus.NotRequired, first.Rotation);
        Assert.Equal(new LocalDate(2027, 12, 31), first.RotationDueOn);

        Assert.Equal(TrainingStatus.Pending, Training.Assess(cadre, new LocalDate(2027, 4, 30)).Rotation);
        var done = Training.Assess(cadre, new LocalDate(2027, 5, 1));
        Assert.Equal(TrainingStatus.Done, done.Rotation);
        Assert.Equal(new LocalDate(2028, 12, 31), done.RotationDueOn);

        Assert.Equal(TrainingStatus.Pending, Training.Assess(cadre, new LocalDate(2028, 12, 31)).Rotation);
        var missed = Training.Assess(cadre, new LocalDate(2029, 1, 1));
        Assert.Equal(TrainingStatus.Overdue, missed.Rotation);
        Assert.Equal(2028, missed.RotationYear);
        Assert.Equal(new LocalDate(2028, 12, 31), missed.RotationDueOn);
    }

    [Fact]
    public void Assistant_and_temporary_posts_held_on_the_date_are_named()
    {
        var cadre = Cadre() with
        {
            Posts = [new(CadrePostKind.Assistant, new LocalDate(2026, 3, 10), new LocalDate(2026, 9, 10)), new(CadrePostKind.Temporary, new LocalDate(2026, 5, 1))],
        };

        var standing = Training.Assess(cadre, new LocalDate(2026, 9, 11));

        Assert.Equal([CadrePostKind.Temporary], standing.ActivePosts.Select(p => p.Kind));
        Assert.Equal(TeamsReasonCodes.TemporaryPost, standing.Reasons[^1].Code);
        Assert.Equal(2, Training.Assess(cadre, new LocalDate(2026, 9, 10)).ActivePosts.Count);
    }

    [Fact]
    public void A_bad_record_is_refused_with_every_failure()
    {
        var cadre = new CadreTrainingRecord
        {
            Cadre = default,
            ElectedOn = Elected,
            Sessions = [new(Elected, 0)],
            Posts = [new((CadrePostKind)9, Elected, Elected.PlusDays(-1))],
        };

        var e = Assert.Throws<InvalidInputException>(() => Training.Assess(cadre, Elected));

        Assert.Equal([TeamsErrorCodes.IdMissing, TeamsErrorCodes.TrainingDaysOutOfRange, TeamsErrorCodes.EnumUndefined, TeamsErrorCodes.PostDatesOutOfOrder], e.Codes);
    }
}
