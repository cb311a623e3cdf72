using NodaTime;
using PartyBuilding.Core.Petitions;

namespace PartyBuilding.Core.Tests.Petitions;

public static class PetitionArbitraries
{
    private static readonly LocalDate Anchor = new(2026, 1, 1);

    public static Arbitrary<PetitionCommand> PetitionCommand() =>
        (from kind in Gen.Frequency(
                (2, Gen.Constant(PetitionCommandKind.Transfer)),
                (2, Gen.Constant(PetitionCommandKind.Object)),
                (4, Gen.Constant(PetitionCommandKind.Accept)),
                (1, Gen.Constant(PetitionCommandKind.NotAccept)),
                (1, Gen.Constant(PetitionCommandKind.Divert)),
                (2, Gen.Constant(PetitionCommandKind.Extend)),
                (4, Gen.Constant(PetitionCommandKind.Answer)),
                (3, Gen.Constant(PetitionCommandKind.RequestReview)),
                (3, Gen.Constant(PetitionCommandKind.AnswerReview)),
                (3, Gen.Constant(PetitionCommandKind.RequestReReview)),
                (2, Gen.Constant(PetitionCommandKind.Hearing)),
                (3, Gen.Constant(PetitionCommandKind.AnswerReReview)),
                (3, Gen.Constant(PetitionCommandKind.Close)))
         from offset in Gen.Frequency((1, Gen.Choose(-3, -1)), (8, Gen.Choose(0, 40)))
         from first in Gen.Choose(-1, 35)
         from second in Gen.Choose(0, 5)
         select new PetitionCommand(kind, offset, first, second)).ToArbitrary();

    /// <summary>Valid intakes across every category, gravity, receiving tier, group size and earlier filing.</summary>
    public static Arbitrary<PetitionIntake> PetitionIntake() =>
        (from id in Gen.Elements("p-1", "p-2", "案1")
         from category in Gen.Elements(Enum.GetValues<MatterCategory>())
         from gravity in Gen.Elements(Enum.GetValues<Gravity>())
         from at in Gen.Elements(PetitionTier.Village, PetitionTier.Township, PetitionTier.County)
         from day in Gen.Choose(0, 400)
         from representatives in Gen.Choose(1, 5)
         from extra in Gen.Choose(0, 100)
         from prior in Gen.Frequency((1, Gen.Constant<PriorFiling?>(null)), (2, Prior(Anchor.PlusDays(day))))
         select new PetitionIntake(new PetitionId(id), "Zhang San", category, gravity, at, Anchor.PlusDays(day))
         {
             Representatives = representatives,
             Petitioners = representatives + extra,
             Prior = prior,
         }).ToArbitrary();

    private static Gen<PriorFiling?> Prior(LocalDate received) =>
        from tier in Gen.Elements(PetitionTier.Village, PetitionTier.Township, PetitionTier.County)
        from before in Gen.Choose(0, 120)
        from extension in Gen.Choose(0, 30)
        from answer in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 150).Select(d => (int?)d)))
        from final in Gen.Elements(false, true)
        let accepted = received.PlusDays(-before)
        select (PriorFiling?)new PriorFiling(tier, accepted)
        {
            ExtensionDays = extension,
            AnsweredOn = answer is { } a ? accepted.PlusDays(a) : null,
            Final = final && answer is not null,
        };
}
