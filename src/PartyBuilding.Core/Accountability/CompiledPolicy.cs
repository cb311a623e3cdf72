using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// One validated policy version prepared for fast decisions: base levels in arrays and the reasons of
/// fixed outcomes cached per UI culture, so that a decision allocates only itself and its reason list.
/// </summary>
internal sealed class CompiledPolicy
{
    private const int Kinds = 3;
    private const int CadreTop = (int)SanctionLevel.DisciplinarySanction;
    private const int OrganizationTop = (int)OrganizationSanctionLevel.Reorganization;
    private const int CachedPriorCounts = 16;

    private readonly int[] cadreBase = new int[Kinds * Kinds];
    private readonly int[] organizationBase = new int[Kinds * Kinds];
    private readonly ConcurrentDictionary<string, ReasonSet> reasonsByCulture = new(StringComparer.Ordinal);
    private volatile ReasonSet? lastReasons;

    public CompiledPolicy(PolicyVersion<AccountabilityPolicy> version)
    {
        ValidatedPolicies.Ensure(version.Policy, nameof(version));
        Version = version;
        Policy = version.Policy;
        foreach (var cell in Policy.CadreLadder)
        {
            cadreBase[Index(cell.Kind, cell.Impact)] = (int)cell.Level;
        }

        foreach (var cell in Policy.OrganizationLadder)
        {
            organizationBase[Index(cell.Kind, cell.Impact)] = (int)cell.Level;
        }
    }

    public PolicyVersion<AccountabilityPolicy> Version { get; }

    public AccountabilityPolicy Policy { get; }

    public SanctionDecision Decide(
        AccountabilitySubject subject,
        MisconductKind kind,
        Impact impact,
        LocalDate decidedOn,
        IReadOnlyList<LocalDate> priors,
        bool obstructed,
        bool missedOrder,
        bool promptRemedy,
        bool dissent,
        bool forceMajeure)
    {
        var reasons = ReasonsForCurrentCulture();
        var cell = Index(kind, impact);
        var forOrganization = subject.Kind == SubjectKind.Organization;
        var baseLevel = forOrganization ? organizationBase[cell] : cadreBase[cell];
        var baseReason = forOrganization ? reasons.OrganizationBase[cell] : reasons.CadreBase[cell];

        if (dissent || forceMajeure)
        {
            Reason[] waived = dissent && forceMajeure
                ? [reasons.WaivedForDissent, reasons.WaivedForForceMajeure, baseReason]
                : [dissent ? reasons.WaivedForDissent : reasons.WaivedForForceMajeure, baseReason];
            return new SanctionDecision(subject, null, null, Waived: true, RequiresDisclosure: false, 0, decidedOn, Version.Label, waived);
        }

        var windowStart = decidedOn.PlusMonths(-Policy.LookBackMonths);
        var priorCount = 0;
        for (var i = 0; i < priors.Count; i++)
        {
            var prior = priors[i];
            if (prior >= windowStart && prior < decidedOn)
            {
                priorCount++;
            }
        }

        long steps = (long)priorCount * Policy.StepsPerPrior;
        if (obstructed)
        {
            steps += Policy.ObstructionSteps;
        }

        if (missedOrder)
        {
            steps += Policy.MissedRectificationSteps;
        }

        if (promptRemedy)
        {
            steps -= Policy.PromptRemedySteps;
        }

        var top = forOrganization ? OrganizationTop : CadreTop;
        var raw = baseLevel + steps;
        var level = (int)Math.Clamp(raw, 0, top);
        var serious = impact == Impact.Serious;
        var discloseFrom = forOrganization ? (int)Policy.OrganizationDiscloseFromLevel : (int)Policy.DiscloseFromLevel;
        var byLevel = level >= discloseFrom;

        var count = 2
            + (priorCount > 0 ? 1 : 0) + (obstructed ? 1 : 0) + (missedOrder ? 1 : 0) + (promptRemedy ? 1 : 0)
            + (raw != level ? 1 : 0) + (serious ? 1 : 0) + (byLevel ? 1 : 0);
        var list = new Reason[count];
        var n = 0;
        list[n++] = forOrganization ? reasons.OrganizationSanction[level] : reasons.CadreSanction[level];
        list[n++] = baseReason;
        if (priorCount > 0)
        {
            list[n++] = priorCount < CachedPriorCounts ? reasons.Priors[priorCount] : PriorsReason(priorCount);
        }

        if (obstructed)
        {
            list[n++] = reasons.Obstruction;
        }

        if (missedOrder)
        {
            list[n++] = reasons.MissedRectification;
        }

        if (promptRemedy)
        {
            list[n++] = reasons.PromptRemedy;
        }

        if (raw > level)
        {
            list[n++] = forOrganization ? reasons.OrganizationCapped : reasons.CadreCapped;
        }
        else if (raw < level)
        {
            list[n++] = forOrganization ? reasons.OrganizationHeld : reasons.CadreHeld;
        }

        if (serious)
        {
            list[n++] = reasons.DiscloseSerious;
        }

        if (byLevel)
        {
            list[n] = forOrganization ? reasons.OrganizationDiscloseLevel[level] : reasons.CadreDiscloseLevel[level];
        }

        var net = (int)Math.Clamp(steps, int.MinValue, int.MaxValue);
        return forOrganization
            ? new SanctionDecision(subject, null, (OrganizationSanctionLevel)level, false, serious || byLevel, net, decidedOn, Version.Label, list)
            : new SanctionDecision(subject, (SanctionLevel)level, null, false, serious || byLevel, net, decidedOn, Version.Label, list);
    }

    private static int Index(MisconductKind kind, Impact impact) => ((int)kind * Kinds) + (int)impact;

    private Reason PriorsReason(int count) =>
        Reason.Of(AccountabilityReasonCodes.PriorCases, count, Policy.LookBackMonths, (long)count * Policy.StepsPerPrior);

    private ReasonSet ReasonsForCurrentCulture()
    {
        var culture = CultureInfo.CurrentUICulture;
        var last = lastReasons;
        if (last is not null && ReferenceEquals(last.Culture, culture))
        {
            return last;
        }

        return ReasonsFor(culture);
    }

    // Apart from the fast path above so that the closure is allocated only when a culture is first seen.
    private ReasonSet ReasonsFor(CultureInfo culture)
    {
        var set = reasonsByCulture.GetOrAdd(culture.Name, _ => new ReasonSet(this, culture));
        lastReasons = set;
        return set;
    }

    /// <summary>The reasons of fixed outcomes in one culture (built under that culture as the UI culture).</summary>
    private sealed class ReasonSet
    {
        public ReasonSet(CompiledPolicy owner, CultureInfo culture)
        {
            Culture = culture;
            var policy = owner.Policy;
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
            try
            {
                CadreSanction = [.. Enum.GetValues<SanctionLevel>().Select(l => Reason.Of(AccountabilityReasonCodes.Sanction, AccountabilityNames.Of(l)))];
                OrganizationSanction = [.. Enum.GetValues<OrganizationSanctionLevel>().Select(l => Reason.Of(AccountabilityReasonCodes.Sanction, AccountabilityNames.Of(l)))];
                CadreBase = new Reason[Kinds * Kinds];
                OrganizationBase = new Reason[Kinds * Kinds];
                foreach (var kind in Enum.GetValues<MisconductKind>())
                {
                    foreach (var impact in Enum.GetValues<Impact>())
                    {
                        var index = Index(kind, impact);
                        CadreBase[index] = Reason.Of(AccountabilityReasonCodes.BaseLevel, AccountabilityNames.Of(kind), AccountabilityNames.Of(impact), AccountabilityNames.Of((SanctionLevel)owner.cadreBase[index]));
                        OrganizationBase[index] = Reason.Of(AccountabilityReasonCodes.BaseLevel, AccountabilityNames.Of(kind), AccountabilityNames.Of(impact), AccountabilityNames.Of((OrganizationSanctionLevel)owner.organizationBase[index]));
                    }
                }

                Priors = new Reason[CachedPriorCounts];
                for (var count = 1; count < CachedPriorCounts; count++)
                {
                    Priors[count] = owner.PriorsReason(count);
                }

                Obstruction = Reason.Of(AccountabilityReasonCodes.Obstruction, policy.ObstructionSteps);
                MissedRectification = Reason.Of(AccountabilityReasonCodes.MissedRectification, policy.MissedRectificationSteps);
                PromptRemedy = Reason.Of(AccountabilityReasonCodes.PromptRemedy, policy.PromptRemedySteps);
                CadreCapped = Reason.Of(AccountabilityReasonCodes.CappedAtTop, AccountabilityNames.Of(SanctionLevel.DisciplinarySanction));
                OrganizationCapped = Reason.Of(AccountabilityReasonCodes.CappedAtTop, AccountabilityNames.Of(OrganizationSanctionLevel.Reorganization));
                CadreHeld = Reason.Of(AccountabilityReasonCodes.HeldAtBottom, AccountabilityNames.Of(SanctionLevel.CriticismEducation));
                OrganizationHeld = Reason.Of(AccountabilityReasonCodes.HeldAtBottom, AccountabilityNames.Of(OrganizationSanctionLevel.Inspection));
                WaivedForDissent = Reason.Of(AccountabilityReasonCodes.WaivedForDissent);
                WaivedForForceMajeure = Reason.Of(AccountabilityReasonCodes.WaivedForForceMajeure);
                DiscloseSerious = Reason.Of(AccountabilityReasonCodes.DiscloseSeriousImpact);
                CadreDiscloseLevel = [.. Enum.GetValues<SanctionLevel>().Select(l => Reason.Of(AccountabilityReasonCodes.DiscloseLevel, AccountabilityNames.Of(l), AccountabilityNames.Of(policy.DiscloseFromLevel)))];
                OrganizationDiscloseLevel = [.. Enum.GetValues<OrganizationSanctionLevel>().Select(l => Reason.Of(AccountabilityReasonCodes.DiscloseLevel, AccountabilityNames.Of(l), AccountabilityNames.Of(policy.OrganizationDiscloseFromLevel)))];
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        public CultureInfo Culture { get; }

        public Reason[] CadreSanction { get; }

        public Reason[] OrganizationSanction { get; }

        public Reason[] CadreBase { get; }

        public Reason[] OrganizationBase { get; }

        public Reason[] Priors { get; }

        public Reason Obstruction { get; }

        public Reason MissedRectification { get; }

        public Reason PromptRemedy { get; }

        public Reason CadreCapped { get; }

        public Reason OrganizationCapped { get; }

        public Reason CadreHeld { get; }

        public Reason OrganizationHeld { get; }

        public Reason WaivedForDissent { get; }

        public Reason WaivedForForceMajeure { get; }

        public Reason DiscloseSerious { get; }

        public Reason[] CadreDiscloseLevel { get; }

        public Reason[] OrganizationDiscloseLevel { get; }
    }
}
