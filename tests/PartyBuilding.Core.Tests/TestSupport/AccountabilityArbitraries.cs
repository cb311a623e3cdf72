using NodaTime;
using PartyBuilding.Core.Accountability;

namespace PartyBuilding.Core.Tests.TestSupport;

/// <summary>One command a model-based property applies to a case: a kind, a day offset and two parameters.</summary>
public sealed record CaseCommand(CaseCommandKind Kind, int DayOffset, int First, int Second)
{
    public override string ToString() => $"{Kind}(+{DayOffset}d, {First}, {Second})";
}

public enum CaseCommandKind
{
    StartInvestigation,
    ExtendDeadline,
    RecordProgress,
    ConcludeSubstantiated,
    ConcludeUnsubstantiated,
    Sanction,
    Disclose,
    Close,
}

/// <summary>The facts of one sanction request, without the subject and dates (the property supplies those).</summary>
public sealed record EscalationFacts(
    MisconductKind Kind,
    Impact Impact,
    int[] PriorDaysBefore,
    bool Obstructed,
    bool MissedOrder,
    bool PromptRemedy,
    bool Dissent,
    bool ForceMajeure,
    bool Organization)
{
    public SanctionRequest ToRequest(LocalDate decidedOn) => new()
    {
        Subject = Organization
            ? AccountabilitySubject.ForOrganization(new OrganizationId("org-1"))
            : AccountabilitySubject.ForCadre(new CadreId("cadre-1")),
        Kind = Kind,
        Impact = Impact,
        DecidedOn = decidedOn,
        PriorSubstantiatedOn = [.. PriorDaysBefore.Select(d => decidedOn.PlusDays(-d))],
        ObstructedInvestigation = Obstructed,
        MissedRectificationOrder = MissedOrder,
        PromptRemedy = PromptRemedy,
        DissentRecorded = Dissent,
        ForceMajeure = ForceMajeure,
    };

    public override string ToString() =>
        $"{Kind}/{Impact} priors[{string.Join(",", PriorDaysBefore)}] obstr={Obstructed} missed={MissedOrder} remedy={PromptRemedy} dissent={Dissent} fm={ForceMajeure} org={Organization}";
}

/// <summary>FsCheck generators for the accountability properties.</summary>
public static class AccountabilityArbitraries
{
    public static Arbitrary<CaseCommand> CaseCommand() =>
        (from kind in Gen.Frequency(
                (3, Gen.Constant(CaseCommandKind.StartInvestigation)),
                (2, Gen.Constant(CaseCommandKind.ExtendDeadline)),
                (2, Gen.Constant(CaseCommandKind.RecordProgress)),
                (3, Gen.Constant(CaseCommandKind.ConcludeSubstantiated)),
                (1, Gen.Constant(CaseCommandKind.ConcludeUnsubstantiated)),
                (3, Gen.Constant(CaseCommandKind.Sanction)),
                (2, Gen.Constant(CaseCommandKind.Disclose)),
                (3, Gen.Constant(CaseCommandKind.Close)))
         from offset in Gen.Frequency((1, Gen.Choose(-5, -1)), (8, Gen.Choose(0, 40)))
         from first in Gen.Choose(-1, 35)
         from second in Gen.Choose(0, 8)
         select new CaseCommand(kind, offset, first, second)).ToArbitrary();

    public static Arbitrary<EscalationFacts> EscalationFacts() =>
        (from kind in Gen.Elements(Enum.GetValues<MisconductKind>())
         from impact in Gen.Elements(Enum.GetValues<Impact>())
         from priors in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(-30, 800), n))
         from flags in Gen.Choose(0, 15)
         from waiver in Gen.Choose(0, 9)
         select new EscalationFacts(kind, impact, priors,
             (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
             waiver == 0, waiver == 1, (flags & 8) != 0)).ToArbitrary();
}
