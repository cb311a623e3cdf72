using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Accountability.Specifications;
using PartyBuilding.Core.Persistence.Tests.Harness;

namespace PartyBuilding.Core.Persistence.Tests.Cases;

/// <summary>Persistence cases of the accountability specifications.</summary>
public sealed class AccountabilitySpecificationCases : ISpecificationCases
{
    private static readonly string[] CaseIds =
        [.. Enumerable.Range(0, 30).Select(i => $"case-{i:00}"), "A", "a", "B", "b", "Z", "é", "案1", "案2", "_", "0"];

    private static readonly string[] OrderIds =
        [.. Enumerable.Range(0, 30).Select(i => $"ro-{i:00}"), "A", "a", "B", "b", "Z", "é", "整改1", "_", "0"];

    /// <summary>Subject keys differing only by case, accents and script, so that the order by key is put to the test.</summary>
    private static readonly string[] SubjectKeys = ["cadre:c-01", "cadre:c-02", "cadre:C-01", "org:A", "org:a", "org:B", "org:b", "org:é", "org:e", "org:村1", "Z", "_", "0"];

    public IEnumerable<SpecificationCase> Cases =>
    [
        SpecificationCase.For<CasesOverdueSpec, AccountabilityCaseSummary>(
            "deadlines around the date, month ends and leap days, every state",
            from date in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Case(BoundaryDates.Near(date)))
            select new Scenario<AccountabilityCaseSummary>(new CasesOverdueSpec(date), [.. rows], $"date {date:uuuu-MM-dd}")),

        SpecificationCase.For<CasesAwaitingDisclosureSpec, AccountabilityCaseSummary>(
            "every state, with and without disclosure",
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Case(BoundaryDates.Near(anchor)))
            select new Scenario<AccountabilityCaseSummary>(new CasesAwaitingDisclosureSpec(), [.. rows], "none")),

        SpecificationCase.For<SubstantiatedCasesAwaitingSanctionSpec, AccountabilityCaseSummary>(
            "every state and outcome",
            from anchor in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Case(BoundaryDates.Near(anchor)))
            select new Scenario<AccountabilityCaseSummary>(new SubstantiatedCasesAwaitingSanctionSpec(), [.. rows], "none")),

        SpecificationCase.For<SubjectsWithRepeatedSubstantiatedCasesSpec, AccountabilityCaseSummary>(
            "findings around the window's ends, month ends and leap days",
            from window in Window
            from rows in Gen.ListOf(Case(BoundaryDates.Near(window.From, window.To)))
            select new Scenario<AccountabilityCaseSummary>(window.Spec, [.. rows], window.Description)),

        SpecificationCase.For<RectificationOrdersPastDeadlineSpec, RectificationOrderSummary>(
            "deadlines around the date, month ends and leap days, met and open",
            from date in BoundaryDates.Cutoff
            from rows in Gen.ListOf(Order(BoundaryDates.Near(date)))
            select new Scenario<RectificationOrderSummary>(new RectificationOrdersPastDeadlineSpec(date), [.. rows], $"date {date:uuuu-MM-dd}")),

        SpecificationCase.For<CasesAwaitingDisclosureSpec, AccountabilityCaseSummary>(
            "ordering edges: finding dates null and at the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgeCase(CaseState.Sanctioned))
            select new Scenario<AccountabilityCaseSummary>(new CasesAwaitingDisclosureSpec(), [.. rows], "none")),

        SpecificationCase.For<SubstantiatedCasesAwaitingSanctionSpec, AccountabilityCaseSummary>(
            "ordering edges: finding dates null and at the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgeCase(CaseState.Concluded))
            select new Scenario<AccountabilityCaseSummary>(new SubstantiatedCasesAwaitingSanctionSpec(), [.. rows], "none")),

        SpecificationCase.For<SubjectsWithRepeatedSubstantiatedCasesSpec, AccountabilityCaseSummary>(
            "ordering edges: subject keys in case and accent variants, the whole storable range as the window",
            from rows in Gen.ListOf(EdgeCase(CaseState.Concluded))
            select new Scenario<AccountabilityCaseSummary>(
                new SubjectsWithRepeatedSubstantiatedCasesSpec(BoundaryDates.First, BoundaryDates.Last), [.. rows], "from 0001-01-01 to 9999-12-31")),

        SpecificationCase.For<CasesOverdueSpec, AccountabilityCaseSummary>(
            "ordering edges: received on the first and last storable dates, ids in case and accent variants",
            from rows in Gen.ListOf(EdgeCase(CaseState.Received))
            select new Scenario<AccountabilityCaseSummary>(new CasesOverdueSpec(BoundaryDates.Last), [.. rows], "date 9999-12-31")),
    ];

    /// <summary>
    /// A case mostly in <paramref name="state"/> and selected, with ordering edges (<see cref="OrderingEdges"/>) in
    /// every key: ids and subject keys in case and accent variants, dates often null, the first and last storable dates.
    /// </summary>
    private static Gen<AccountabilityCaseSummary> EdgeCase(CaseState state) =>
        from id in OrderingEdges.Text
        from key in OrderingEdges.Text
        from inState in OrderingEdges.Mostly
        from substantiated in OrderingEdges.Mostly
        from receivedOn in OrderingEdges.Dates
        from registrationDeadline in OrderingEdges.Dates
        from concludedOn in OrderingEdges.OrNull(OrderingEdges.Dates)
        from previous in OrderingEdges.OrNull(OrderingEdges.Dates)
        from requiresDisclosure in OrderingEdges.Mostly
        from disclosed in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new AccountabilityCaseSummary
        {
            Id = new CaseId(id),
            SubjectKind = SubjectKind.Cadre,
            SubjectKey = key,
            State = inState ? state : CaseState.Closed,
            ReceivedOn = receivedOn,
            RegistrationDeadline = registrationDeadline,
            Outcome = substantiated ? FindingOutcome.Substantiated : FindingOutcome.Unsubstantiated,
            ConcludedOn = concludedOn,
            RequiresDisclosure = requiresDisclosure,
            DisclosedOn = disclosed ? BoundaryDates.Last : null,
            PreviousSubstantiatedOn = previous,
        };

    /// <summary>A window built with <see cref="SubjectsWithRepeatedSubstantiatedCasesSpec.Within"/> or from two dates (one day long included).</summary>
    private static Gen<(SubjectsWithRepeatedSubstantiatedCasesSpec Spec, LocalDate From, LocalDate To, string Description)> Window { get; } =
        Gen.OneOf(
            from asOf in BoundaryDates.Cutoff
            from months in Gen.Elements(1, 6, 12, 24, 60)
            let start = asOf.PlusMonths(-months)
            select (SubjectsWithRepeatedSubstantiatedCasesSpec.Within(asOf, months), start, asOf, $"within {months} months of {asOf:uuuu-MM-dd}"),
            from start in BoundaryDates.Cutoff
            from days in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 800)))
            let end = start.PlusDays(days)
            select (new SubjectsWithRepeatedSubstantiatedCasesSpec(start, end), start, end, $"from {start:uuuu-MM-dd} to {end:uuuu-MM-dd}"));

    private static Gen<AccountabilityCaseSummary> Case(Gen<LocalDate> dates)
    {
        var optional = Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, dates.Select(d => (LocalDate?)d)));
        return from id in Gen.Elements(CaseIds)
               from kind in Gen.Elements(Enum.GetValues<SubjectKind>())
               from key in Gen.Elements(SubjectKeys)
               from state in Gen.Elements(Enum.GetValues<CaseState>())
               from receivedOn in dates
               from registrationDeadline in dates
               from conclusionDeadline in optional
               from outcome in Gen.Elements<FindingOutcome?>([null, .. Enum.GetValues<FindingOutcome>()])
               from concludedOn in optional
               from requiresDisclosure in Gen.Elements(true, false)
               from disclosedOn in optional
               from previous in optional
               select new AccountabilityCaseSummary
               {
                   Id = new CaseId(id),
                   SubjectKind = kind,
                   SubjectKey = key,
                   State = state,
                   ReceivedOn = receivedOn,
                   RegistrationDeadline = registrationDeadline,
                   ConclusionDeadline = conclusionDeadline,
                   Outcome = outcome,
                   ConcludedOn = concludedOn,
                   RequiresDisclosure = requiresDisclosure,
                   DisclosedOn = disclosedOn,
                   PreviousSubstantiatedOn = previous,
               };
    }

    private static Gen<RectificationOrderSummary> Order(Gen<LocalDate> dates) =>
        from id in Gen.Elements(OrderIds)
        from caseId in Gen.Elements(CaseIds)
        from key in Gen.Elements(SubjectKeys)
        from issuedOn in dates
        from deadline in dates
        from metOn in Gen.Frequency((2, Gen.Constant<LocalDate?>(null)), (1, dates.Select(d => (LocalDate?)d)))
        select new RectificationOrderSummary
        {
            Id = new RectificationOrderId(id),
            Case = new CaseId(caseId),
            SubjectKey = key,
            IssuedOn = issuedOn,
            Deadline = deadline,
            MetOn = metOn,
        };
}
