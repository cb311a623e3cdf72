using PartyBuilding.Core.Petitions.Validation;

namespace PartyBuilding.Core.Petitions;

/// <summary>
/// Routes petitions under a <see cref="PetitionPolicy"/>: refusal of a second filing of a matter still within its limit,
/// then diversion of a matter another procedure decides, then the routing table's tier for its category and gravity.
/// </summary>
/// <remarks>
/// <para>
/// An earlier filing (<see cref="PetitionIntake.Prior"/>) that is final refuses the intake (<c>PET.PRIOR_FINAL</c>); one
/// answered on or before the day of receipt refuses it, since a review is the way on (<c>PET.PRIOR_ANSWERED</c>); one
/// still within its handling limit (acceptance plus the policy's days plus its extension) on the day of receipt refuses
/// it, naming the tier that holds it (信访工作条例 Art. 19, <c>PET.PENDING_ELSEWHERE</c>). One past its limit unanswered
/// lets the intake through, with the reason <c>PET.PRIOR_OVERDUE</c>.
/// </para>
/// <para>
/// A handled matter goes to the routing table's tier, transferred up or assigned down from the tier that received it; a
/// grave matter is also reported to the tier above (<see cref="PetitionRouting.ReportTo"/>).
/// </para>
/// <para>Pure and thread-safe; every version of the set is validated once, at construction, and the intake is checked
/// against the figures of the version in force on its day of receipt, whose label the routing names.</para>
/// </remarks>
public sealed class PetitionRouter : IPetitionRouter
{
    private readonly PolicySet<PetitionPolicy> policies;
    private readonly Table[] tables;

    /// <summary>Creates a router with one policy (labelled <c>default</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidInputException">The policy is inconsistent.</exception>
    public PetitionRouter(PetitionPolicy policy)
        : this(PolicySet.Of(policy ?? throw new ArgumentNullException(nameof(policy))))
    {
    }

    /// <summary>Creates a router with every version of <paramref name="policies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    /// <exception cref="InvalidInputException">A version is inconsistent (failures named <c>policies[label].Property</c>).</exception>
    public PetitionRouter(PolicySet<PetitionPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        this.policies = policies.ThrowIfInvalid(new PetitionPolicyValidator(), nameof(policies));
        tables = [.. this.policies.Versions.Select(v => new Table(v))];
    }

    /// <inheritdoc />
    public PetitionRouting Route(PetitionIntake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var table = TableOn(intake);
        if (!table.Checks.Passes(intake))
        {
            table.Checks.ThrowIfInvalid(intake, nameof(intake));
        }

        var policy = table.Version.Policy;
        Reason? priorOverdue = null;
        if (intake.Prior is { } prior)
        {
            if (prior.Final)
            {
                return Refused(intake, table, prior.Tier, Reason.Of(PetitionReasonCodes.PriorFinal, PetitionName.Of(prior.Tier), prior.AnsweredOn));
            }

            if (prior.AnsweredOn is { } answered && answered <= intake.ReceivedOn)
            {
                return Refused(intake, table, prior.Tier, Reason.Of(PetitionReasonCodes.PriorAnswered, PetitionName.Of(prior.Tier), answered));
            }

            var limit = CalendarEnds.PlusDays(prior.AcceptedOn, (long)policy.HandleWithinDays + prior.ExtensionDays);
            if (intake.ReceivedOn <= limit)
            {
                return Refused(intake, table, prior.Tier, Reason.Of(PetitionReasonCodes.PendingElsewhere, PetitionName.Of(prior.Tier), limit));
            }

            priorOverdue = Reason.Of(PetitionReasonCodes.PriorOverdue, PetitionName.Of(prior.Tier), limit);
        }

        if (table.Diversions[(int)intake.Category] is { } procedure)
        {
            Reason[] diverted = priorOverdue is null
                ? [Reason.Of(PetitionReasonCodes.Diverted, PetitionName.Of(intake.Category), PetitionName.Of(procedure))]
                : [Reason.Of(PetitionReasonCodes.Diverted, PetitionName.Of(intake.Category), PetitionName.Of(procedure)), priorOverdue];
            return new PetitionRouting(intake.Id, RoutingOutcome.Diverted, intake.ReceivedAt, null, procedure, table.Version.Label, diverted);
        }

        var tier = table.Tiers[((int)intake.Category * Table.Gravities) + (int)intake.Gravity];
        var reportTo = intake.Gravity == Gravity.Grave ? tier + 1 : (PetitionTier?)null;
        var reasons = new Reason[2 + (reportTo is null ? 0 : 1) + (priorOverdue is null ? 0 : 1)];
        reasons[0] = Reason.Of(PetitionReasonCodes.HandledAt, PetitionName.Of(intake.Category), PetitionName.Of(intake.Gravity), PetitionName.Of(tier), table.Version.Label);
        reasons[1] = intake.ReceivedAt == tier
            ? Reason.Of(PetitionReasonCodes.HandledWhereReceived, PetitionName.Of(tier))
            : Reason.Of(intake.ReceivedAt < tier ? PetitionReasonCodes.TransferredUp : PetitionReasonCodes.AssignedDown, PetitionName.Of(intake.ReceivedAt), PetitionName.Of(tier));
        var next = 2;
        if (reportTo is { } above)
        {
            reasons[next++] = Reason.Of(PetitionReasonCodes.ReportAbove, PetitionName.Of(above));
        }

        if (priorOverdue is not null)
        {
            reasons[next] = priorOverdue;
        }

        return new PetitionRouting(intake.Id, RoutingOutcome.Handled, tier, reportTo, null, table.Version.Label, reasons);
    }

    private static PetitionRouting Refused(PetitionIntake intake, Table table, PetitionTier tier, Reason reason) =>
        new(intake.Id, RoutingOutcome.Refused, tier, null, null, table.Version.Label, [reason]);

    /// <summary>The table of the version in force on the day of receipt (versions are few: a scan from the latest).</summary>
    private Table TableOn(PetitionIntake intake)
    {
        for (var i = tables.Length - 1; i >= 0; i--)
        {
            if (tables[i].Version.EffectiveFrom <= intake.ReceivedOn)
            {
                return tables[i];
            }
        }

        policies.InForceOn(intake.ReceivedOn); // throws the coded refusal
        throw new InvalidOperationException(); // not reached
    }

    /// <summary>A version's tables read into arrays by category and gravity, and its intake checks.</summary>
    private sealed class Table
    {
        public const int Gravities = 3;

        public Table(PolicyVersion<PetitionPolicy> version)
        {
            Version = version;
            Checks = new PetitionIntakeValidator(version.Policy);
            var categories = Enum.GetValues<MatterCategory>().Length;
            Tiers = new PetitionTier[categories * Gravities];
            Diversions = new OtherProcedure?[categories];
            foreach (var row in version.Policy.Routing)
            {
                Tiers[((int)row.Category * Gravities) + (int)row.Gravity] = row.Tier;
            }

            foreach (var row in version.Policy.Diversions)
            {
                Diversions[(int)row.Category] = row.Procedure;
            }
        }

        public PolicyVersion<PetitionPolicy> Version { get; }

        public PetitionIntakeValidator Checks { get; }

        public PetitionTier[] Tiers { get; }

        public OtherProcedure?[] Diversions { get; }
    }
}
