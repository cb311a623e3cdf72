using NodaTime;

namespace PartyBuilding.Core.Governance;

/// <summary>What a host stores about one checked procedure so that <see cref="Specifications.ProceduresNotCompliantSpec"/> can query it.</summary>
public sealed record ProcedureSummary
{
    /// <summary>The matter.</summary>
    public required MatterId Id { get; init; }

    /// <summary>The organization that leads it.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>Township or village.</summary>
    public required GovernanceLevel Level { get; init; }

    /// <summary><see cref="ProcedureCompliance.Compliant"/>.</summary>
    public required bool Compliant { get; init; }

    /// <summary><see cref="ProcedureCompliance.FirstFailingStep"/>.</summary>
    public DeliberationStep? FirstFailingStep { get; init; }

    /// <summary><see cref="ProcedureCompliance.DecidedOn"/>.</summary>
    public required LocalDate DecidedOn { get; init; }
}
