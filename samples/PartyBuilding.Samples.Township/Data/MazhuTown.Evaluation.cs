using NodaTime;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>The year-end democratic evaluation of the village cadres (民主评议).</summary>
internal static partial class MazhuTown
{
    public const int VillageCadres = 12;

    private static EvaluationRecord Evaluation(Random random)
    {
        var candidates = Enumerable.Range(1, VillageCadres).Select(i => $"cadre-{i:00}").ToList();
        RaterGroupRecord Group(string name, string nameZh, string weight, string prefix, int voters) => new()
        {
            Name = name,
            NameZh = nameZh,
            Weight = weight,
            Voters = [.. Enumerable.Range(1, voters).Select(v => $"{prefix}-{v:000}")],
        };

        List<RaterGroupRecord> groups =
        [
            Group("Party members", "党员", "1/2", "PM", 72),
            Group("Villager representatives", "村民代表", "3/10", "VR", 45),
            Group("Township cadres", "乡镇干部", "1/5", "TC", 4),
        ];

        // How the masses see each cadre: the chance of each rating, Excellent → Incompetent.
        double[] Profile(int cadre) => cadre switch
        {
            7 => [0.05, 0.15, 0.20, 0.60],   // low recognition, mostly incompetent: adjust
            9 => [0.10, 0.25, 0.25, 0.40],   // incompetent last year too: adjust
            4 => [0.10, 0.30, 0.22, 0.38],   // more than a third incompetent: warning talk
            11 => [0.10, 0.40, 0.35, 0.15],  // recognition below 60 %: warning talk
            _ => [0.45, 0.40, 0.10, 0.05],
        };

        var ballots = new List<BallotRecord>();
        foreach (var group in groups)
        {
            foreach (var voter in group.Voters)
            {
                if (random.Next(100) < 8)
                {
                    continue;                                   // did not vote
                }

                var ratings = new List<RatingRecord>();
                for (var c = 1; c <= VillageCadres; c++)
                {
                    if (random.Next(100) < 3)
                    {
                        continue;                               // left unrated: an abstention
                    }

                    var roll = random.NextDouble();
                    var profile = Profile(c);
                    var rating = roll < profile[0] ? Rating.Excellent : roll < profile[0] + profile[1] ? Rating.Competent : roll < 1 - profile[3] ? Rating.BasicallyCompetent : Rating.Incompetent;
                    ratings.Add(new RatingRecord { Candidate = $"cadre-{c:00}", Rating = rating });
                }

                if (random.Next(100) < 2)
                {
                    ratings.Add(new RatingRecord { Candidate = "cadre-99", Rating = Rating.Competent });   // not a candidate: invalid ballot
                }

                // Every tenth party member is elderly or sick and votes in the mobile box (流动票箱).
                var mobile = group.Name == "Party members" && ballots.Count % 10 == 9;
                ballots.Add(new BallotRecord { Voter = voter, Ratings = ratings, Box = mobile ? "mobile" : null });
            }
        }

        return new EvaluationRecord
        {
            Round = "2026-annual",
            OpensOn = new LocalDate(2026, 11, 16),
            ClosesOn = new LocalDate(2026, 11, 20),
            Candidates = candidates,
            Groups = groups,
            RatedIncompetentInPreviousRound = ["cadre-09"],
            Ballots = ballots,
        };
    }
}
