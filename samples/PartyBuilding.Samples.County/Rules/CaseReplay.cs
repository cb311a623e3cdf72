using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Samples.County.Data;

namespace PartyBuilding.Samples.County.Rules;

/// <summary>Replays a case line's steps through the library's aggregate; the escalator decides each sanction.</summary>
internal sealed class CaseReplay(PolicySet<AccountabilityPolicy> policies, IAccountabilityEscalator escalator)
{
    /// <summary>The case as it stands after its steps up to <paramref name="asOf"/>; a refused step throws the library's exception.</summary>
    public AccountabilityCase Replay(CaseLine line, LocalDate asOf)
    {
        var subject = line.SubjectIsOrganization
            ? AccountabilitySubject.ForOrganization(new OrganizationId(line.Subject))
            : AccountabilitySubject.ForCadre(new CadreId(line.Subject));
        var replayed = AccountabilityCase.Receive(new Complaint(new CaseId(line.Id), subject, line.Summary), line.ReceivedOn, policies);
        foreach (var step in line.Steps.Where(s => s.On <= asOf))
        {
            switch (step.Kind)
            {
                case CaseStepKind.StartInvestigation:
                    replayed.StartInvestigation(step.On);
                    break;
                case CaseStepKind.Extend:
                    replayed.ExtendDeadline(step.On, step.Days, step.Reason ?? string.Empty);
                    break;
                case CaseStepKind.Conclude:
                    replayed.Conclude(step.On, step.Substantiated
                        ? Finding.Substantiated(step.Misconduct ?? MisconductKind.Inaction, step.Impact ?? Impact.Minor)
                        : Finding.Unsubstantiated(step.Reason ?? "not substantiated"));
                    break;
                case CaseStepKind.Sanction:
                    replayed.Sanction(step.On, escalator.Decide(replayed, line.PriorSubstantiatedOn, step.On));
                    break;
                case CaseStepKind.Disclose:
                    replayed.Disclose(step.On);
                    break;
                case CaseStepKind.Close:
                    replayed.Close(step.On);
                    break;
                default:
                    throw new HostException($"case '{line.Id}': unknown step kind {step.Kind}");
            }
        }

        return replayed;
    }

    /// <summary>The rectification order of the line, as it stands on <paramref name="asOf"/>.</summary>
    public static RectificationOrder? Order(CaseLine line, AccountabilitySubject subject, LocalDate asOf) =>
        line.Order is not { } order || order.IssuedOn > asOf
            ? null
            : new RectificationOrder(new RectificationOrderId(order.Id), new CaseId(line.Id), subject, order.IssuedOn, order.Deadline, order.Requirement)
            {
                MetOn = order.MetOn is { } met && met <= asOf ? met : null,
            };
}
