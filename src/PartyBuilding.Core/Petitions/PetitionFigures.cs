using NodaTime;

namespace PartyBuilding.Core.Petitions;

/// <summary>
/// A township's petition figures over the petitions received in a window, as exact ratios: the share resolved at the
/// village tier of those received there, the share answered within the limit of those answered, and the reviews and
/// re-reviews per tier.
/// </summary>
/// <remarks>
/// A petition counts as resolved at the village tier when it was received and handled there, answered, and no review was
/// requested. A share is null when nothing is counted under it. Figures are as the summaries stand.
/// </remarks>
public sealed record PetitionFigures
{
    private PetitionFigures(int[] counts, int[] reviews, int[] reReviews)
    {
        Received = counts[0];
        ReceivedAtVillage = counts[1];
        ResolvedAtVillage = counts[2];
        Answered = counts[3];
        AnsweredInTime = counts[4];
        ReviewsByTier = ValueList<int>.Of(reviews);
        ReReviewsByTier = ValueList<int>.Of(reReviews);
    }

    /// <summary>Petitions received in the window.</summary>
    public int Received { get; }

    /// <summary>Of those, received at the village tier.</summary>
    public int ReceivedAtVillage { get; }

    /// <summary>Of those received at the village tier, resolved there.</summary>
    public int ResolvedAtVillage { get; }

    /// <summary>Petitions received in the window and answered.</summary>
    public int Answered { get; }

    /// <summary>Of those answered, answered within the handling limit.</summary>
    public int AnsweredInTime { get; }

    /// <summary>Resolved at the village tier ÷ received there; null when none was received there.</summary>
    public Ratio? VillageResolutionShare => ReceivedAtVillage == 0 ? null : Ratio.Of(ResolvedAtVillage, ReceivedAtVillage);

    /// <summary>Answered within the limit ÷ answered; null when none was answered.</summary>
    public Ratio? AnsweredInTimeShare => Answered == 0 ? null : Ratio.Of(AnsweredInTime, Answered);

    /// <summary>Reviews requested, indexed by the reviewing <see cref="PetitionTier"/> (four entries).</summary>
    public IReadOnlyList<int> ReviewsByTier { get; }

    /// <summary>Re-reviews requested, indexed by the re-reviewing <see cref="PetitionTier"/> (four entries).</summary>
    public IReadOnlyList<int> ReReviewsByTier { get; }

    /// <summary>The figures of the petitions received from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="petitions"/> is null.</exception>
    /// <exception cref="InvalidInputException">A summary is null (<c>COMMON.REQUIRED</c>), or <paramref name="to"/> is before <paramref name="from"/> (<c>PET.WINDOW_OUT_OF_ORDER</c>).</exception>
    public static PetitionFigures Of(IEnumerable<PetitionSummary> petitions, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(petitions);
        if (to < from)
        {
            throw new InvalidInputException([Failures.Of(nameof(to), PetitionErrorCodes.WindowOutOfOrder, to, to, from)], nameof(to));
        }

        var counts = new int[5];
        var tiers = Enum.GetValues<PetitionTier>().Length;
        var reviews = new int[tiers];
        var reReviews = new int[tiers];
        var index = 0;
        foreach (var p in petitions)
        {
            if (p is null)
            {
                throw new InvalidInputException([Failures.Of($"{nameof(petitions)}[{index}]", CommonErrorCodes.Required, null)]);
            }

            index++;
            if (p.ReceivedOn < from || p.ReceivedOn > to)
            {
                continue;
            }

            counts[0]++;
            if (p.ReceivedAt == PetitionTier.Village)
            {
                counts[1]++;
                if (p.Tier == PetitionTier.Village && p.AnsweredOn is not null && p.ReviewTier is null)
                {
                    counts[2]++;
                }
            }

            if (p.AnsweredOn is not null)
            {
                counts[3]++;
                if (p.AnsweredWithinLimit == true)
                {
                    counts[4]++;
                }
            }

            if (p.ReviewTier is { } reviewer && Enum.IsDefined(reviewer))
            {
                reviews[(int)reviewer]++;
            }

            if (p.ReReviewTier is { } reReviewer && Enum.IsDefined(reReviewer))
            {
                reReviews[(int)reReviewer]++;
            }
        }

        return new PetitionFigures(counts, reviews, reReviews);
    }
}
