using NodaTime;
using PartyBuilding.Core.Petitions;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>The third quarter's petitions (信访) across Mazhu Town's villages, and two later filings of the same matters.</summary>
internal static partial class MazhuTown
{
    private static List<PetitionRecord> Petitions()
    {
        static LocalDate D(int month, int day) => new(2026, month, day);
        static PetitionStepRecord S(PetitionStepKind kind, LocalDate on) => new() { Kind = kind, On = on };
        static PetitionStepRecord To(PetitionTier tier, LocalDate on) => new() { Kind = PetitionStepKind.Transfer, On = on, Tier = tier };

        return
        [
            new() { Id = "XF-0701", Village = "V01", Petitioner = "Chen Gui", Category = MatterCategory.NeighbourDispute, Gravity = Gravity.Minor, ReceivedOn = D(7, 2), Steps =
                [S(PetitionStepKind.Accept, D(7, 3)), S(PetitionStepKind.Answer, D(7, 20)), S(PetitionStepKind.Close, D(8, 25))] },
            new() { Id = "XF-0702", Village = "V02", Petitioner = "Liu Fang", Category = MatterCategory.VillageAffairs, Gravity = Gravity.Minor, ReceivedOn = D(7, 6), Steps =
                [S(PetitionStepKind.Accept, D(7, 8)), S(PetitionStepKind.Answer, D(8, 10)), S(PetitionStepKind.Close, D(9, 15))] },
            new() { Id = "XF-0703", Village = "V03", Petitioner = "Wang Shu", Category = MatterCategory.LandAndHomestead, Gravity = Gravity.Major, ReceivedOn = D(7, 9), MatterKey = "nanpo-homestead", Steps =
                [To(PetitionTier.Township, D(7, 10)), S(PetitionStepKind.Accept, D(7, 15)), S(PetitionStepKind.Answer, D(9, 10)), S(PetitionStepKind.RequestReview, D(9, 25)), S(PetitionStepKind.AnswerReview, D(10, 20))] },
            new() { Id = "XF-0704", Village = "V04", Petitioner = "Zhou Min", Category = MatterCategory.LabourDispute, Gravity = Gravity.Major, ReceivedAt = PetitionTier.Township, ReceivedOn = D(7, 13), Steps =
                [new() { Kind = PetitionStepKind.Divert, On = D(7, 14), Procedure = OtherProcedure.Arbitration }, S(PetitionStepKind.Close, D(7, 14))] },
            new() { Id = "XF-0705", Village = "V05", Petitioner = "Shangwei villagers", Category = MatterCategory.Environment, Gravity = Gravity.Grave, ReceivedOn = D(7, 16), Petitioners = 60, Representatives = 5, MatterKey = "shangwei-river", Steps =
                [To(PetitionTier.County, D(7, 17)), S(PetitionStepKind.Accept, D(7, 20)), new() { Kind = PetitionStepKind.Extend, On = D(9, 15), Days = 30, Note = "Water samples at the provincial laboratory" },
                 S(PetitionStepKind.Answer, D(10, 12)), S(PetitionStepKind.Close, D(11, 20))] },
            new() { Id = "XF-0706", Village = "V06", Petitioner = "Huang Lan", Category = MatterCategory.SocialAssistance, Gravity = Gravity.Minor, ReceivedOn = D(7, 20), Steps =
                [To(PetitionTier.Township, D(7, 21)), S(PetitionStepKind.Accept, D(7, 28)), S(PetitionStepKind.Answer, D(8, 30)), S(PetitionStepKind.Close, D(10, 5))] },
            new() { Id = "XF-0707", Village = "V07", Petitioner = "Xu Qiang", Category = MatterCategory.NeighbourDispute, Gravity = Gravity.Minor, ReceivedOn = D(7, 23), MatterKey = "hexi-drain", Steps =
                [S(PetitionStepKind.Accept, D(7, 24))] },
            new() { Id = "XF-0708", Village = "V07", Petitioner = "Xu Qiang", Category = MatterCategory.NeighbourDispute, Gravity = Gravity.Minor, ReceivedAt = PetitionTier.County, ReceivedOn = D(8, 18), MatterKey = "hexi-drain",
                Prior = new PriorFiling(PetitionTier.Village, D(7, 24)), Steps =
                [new() { Kind = PetitionStepKind.NotAccept, On = D(8, 18), Note = "Being handled by the Hexi village within its limit" }, S(PetitionStepKind.Close, D(8, 19))] },
            new() { Id = "XF-0709", Village = "V08", Petitioner = "Ma Jun", Category = MatterCategory.Infrastructure, Gravity = Gravity.Major, ReceivedOn = D(8, 3), Steps =
                [To(PetitionTier.Township, D(8, 4)), S(PetitionStepKind.Object, D(8, 7)), To(PetitionTier.County, D(8, 10)), S(PetitionStepKind.Accept, D(8, 14)),
                 S(PetitionStepKind.Answer, D(10, 1)), S(PetitionStepKind.RequestReview, D(10, 20))] },
            new() { Id = "XF-0710", Village = "V09", Petitioner = "Gao Ping", Category = MatterCategory.CadreConduct, Gravity = Gravity.Major, ReceivedOn = D(8, 12), Steps =
                [To(PetitionTier.Township, D(8, 13)), S(PetitionStepKind.Accept, D(8, 17)), S(PetitionStepKind.Answer, D(10, 14)), S(PetitionStepKind.RequestReview, D(10, 30))] },
            new() { Id = "XF-0711", Village = "V10", Petitioner = "(anonymous)", Category = MatterCategory.Other, Gravity = Gravity.Minor, ReceivedOn = D(8, 20), Steps =
                [new() { Kind = PetitionStepKind.NotAccept, On = D(8, 22), Note = "Anonymous letter without facts" }, S(PetitionStepKind.Close, D(8, 22))] },
            new() { Id = "XF-0712", Village = "V11", Petitioner = "Shiban villagers", Category = MatterCategory.VillageAffairs, Gravity = Gravity.Major, ReceivedOn = D(8, 26), Petitioners = 40, Representatives = 5, Steps =
                [To(PetitionTier.Township, D(8, 27)), S(PetitionStepKind.Accept, D(8, 28)), S(PetitionStepKind.Answer, D(9, 30)), S(PetitionStepKind.RequestReview, D(10, 10)),
                 S(PetitionStepKind.AnswerReview, D(10, 30)), S(PetitionStepKind.RequestReReview, D(11, 5)), new() { Kind = PetitionStepKind.Hearing, On = D(11, 12), Days = 3 }] },
            new() { Id = "XF-0713", Village = "V12", Petitioner = "Deng Hua", Category = MatterCategory.NeighbourDispute, Gravity = Gravity.Minor, ReceivedOn = D(9, 2), Steps =
                [S(PetitionStepKind.Accept, D(9, 3)), S(PetitionStepKind.Answer, D(9, 28)), S(PetitionStepKind.Close, D(11, 2))] },
            new() { Id = "XF-0714", Village = "V01", Petitioner = "Chen Yu", Category = MatterCategory.LandAndHomestead, Gravity = Gravity.Minor, ReceivedOn = D(9, 8), Steps =
                [S(PetitionStepKind.Accept, D(9, 9)), S(PetitionStepKind.Answer, D(11, 10))] },
            new() { Id = "XF-0715", Village = "V03", Petitioner = "Nanpo kiln workers", Category = MatterCategory.Environment, Gravity = Gravity.Minor, ReceivedOn = D(9, 15), Steps =
                [To(PetitionTier.Township, D(9, 16))] },
            new() { Id = "XF-0716", Village = "V02", Petitioner = "Lin Tao", Category = MatterCategory.CourtMatter, Gravity = Gravity.Major, ReceivedOn = D(9, 22), Steps =
                [new() { Kind = PetitionStepKind.Divert, On = D(9, 22), Procedure = OtherProcedure.Litigation }, S(PetitionStepKind.Close, D(9, 23))] },
            new() { Id = "XF-0717", Village = "V05", Petitioner = "Shangwei villagers", Category = MatterCategory.Environment, Gravity = Gravity.Grave, ReceivedAt = PetitionTier.County, ReceivedOn = D(9, 25), Petitioners = 60, Representatives = 5,
                MatterKey = "shangwei-river", Prior = new PriorFiling(PetitionTier.County, D(7, 20)) { ExtensionDays = 30 }, Steps =
                [new() { Kind = PetitionStepKind.NotAccept, On = D(9, 25), Note = "Being handled by the county within its extended limit" }, S(PetitionStepKind.Close, D(9, 26))] },
            new() { Id = "XF-0718", Village = "V03", Petitioner = "Wang Shu", Category = MatterCategory.LandAndHomestead, Gravity = Gravity.Major, ReceivedOn = D(11, 16), MatterKey = "nanpo-homestead",
                Prior = new PriorFiling(PetitionTier.Township, D(7, 15)) { AnsweredOn = D(9, 10) }, Steps =
                [new() { Kind = PetitionStepKind.NotAccept, On = D(11, 17), Note = "Answered and reviewed: a re-review is the way on" }, S(PetitionStepKind.Close, D(11, 17))] },
        ];
    }
}

/// <summary>A petition as the township's petition office records it: the intake and its dated steps.</summary>
internal sealed record PetitionRecord
{
    public required string Id { get; init; }

    /// <summary>The village the matter comes from (an organization id).</summary>
    public required string Village { get; init; }

    public required string Petitioner { get; init; }

    public MatterCategory Category { get; init; }

    public Gravity Gravity { get; init; }

    public PetitionTier ReceivedAt { get; init; } = PetitionTier.Village;

    public LocalDate ReceivedOn { get; init; }

    public int Petitioners { get; init; } = 1;

    public int Representatives { get; init; } = 1;

    public string? MatterKey { get; init; }

    public PriorFiling? Prior { get; init; }

    public List<PetitionStepRecord> Steps { get; init; } = [];
}

internal enum PetitionStepKind
{
    Transfer,
    Object,
    Accept,
    NotAccept,
    Divert,
    Extend,
    Answer,
    RequestReview,
    AnswerReview,
    RequestReReview,
    Hearing,
    AnswerReReview,
    Close,
}

/// <summary>One dated step of a petition; <see cref="Tier"/>, <see cref="Days"/>, <see cref="Note"/> and <see cref="Procedure"/> as the kind needs.</summary>
internal sealed record PetitionStepRecord
{
    public PetitionStepKind Kind { get; init; }

    public LocalDate On { get; init; }

    public PetitionTier? Tier { get; init; }

    public int Days { get; init; }

    public string? Note { get; init; }

    public OtherProcedure? Procedure { get; init; }
}
