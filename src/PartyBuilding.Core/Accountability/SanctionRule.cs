using System.Diagnostics;
using NodaTime;

namespace PartyBuilding.Core.Accountability;

/// <summary>
/// The sanction ladder, read from one policy version: base level from the table, steps up and down, held within
/// the ladder, waivers and disclosure. The escalator decides with it and the case checks a decision with it.
/// </summary>
internal static class SanctionRule
{
    /// <summary>The dates in <paramref name="priors"/> within the look-back window: on or after its first day and before <paramref name="decidedOn"/>.</summary>
    public static int PriorsWithin(AccountabilityPolicy policy, IReadOnlyList<LocalDate> priors, LocalDate decidedOn)
    {
        var windowStart = CalendarEnds.MinusMonths(decidedOn, policy.LookBackMonths);
        var count = 0;
        for (var i = 0; i < priors.Count; i++)
        {
            if (priors[i] >= windowStart && priors[i] < decidedOn)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The decision for the facts of <paramref name="request"/> (its prior dates unread) with <paramref name="priorCases"/> priors counted.</summary>
    public static SanctionDecision Decide(PolicyVersion<AccountabilityPolicy> version, SanctionRequest request, int priorCases)
    {
        var policy = version.Policy;
        var subject = request.Subject;
        var organization = subject.Kind == SubjectKind.Organization;
        var baseLevel = BaseLevel(policy, organization, request.Kind, request.Impact);
        var baseReason = Reason.Of(AccountabilityReasonCodes.BaseLevel, AccountabilityName.Of(request.Kind), AccountabilityName.Of(request.Impact), NameOf(organization, baseLevel));

        if (request.DissentRecorded || request.ForceMajeure)
        {
            var waived = new List<Reason>(3);
            if (request.DissentRecorded)
            {
                waived.Add(Reason.Of(AccountabilityReasonCodes.WaivedForDissent));
            }

            if (request.ForceMajeure)
            {
                waived.Add(Reason.Of(AccountabilityReasonCodes.WaivedForForceMajeure));
            }

            waived.Add(baseReason);
            return new SanctionDecision(subject, null, null, waived: true, requiresDisclosure: false, 0, 0, request.DecidedOn, version.Label, waived);
        }

        var steps = (long)priorCases * policy.StepsPerPrior
            + (request.ObstructedInvestigation ? policy.ObstructionSteps : 0)
            + (request.MissedRectificationOrder ? policy.MissedRectificationSteps : 0)
            - (request.PromptRemedy ? policy.PromptRemedySteps : 0);
        var top = organization ? (int)OrganizationSanctionLevel.Reorganization : (int)SanctionLevel.DisciplinarySanction;
        var raw = baseLevel + steps;
        var level = (int)Math.Clamp(raw, 0, top);
        var serious = request.Impact == Impact.Serious;
        var discloseFrom = organization ? (int)policy.OrganizationDiscloseFromLevel : (int)policy.DiscloseFromLevel;
        var byLevel = level >= discloseFrom;

        var reasons = new List<Reason>(8) { Reason.Of(AccountabilityReasonCodes.Sanction, NameOf(organization, level)), baseReason };
        if (priorCases > 0)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.PriorCases, priorCases, policy.LookBackMonths, (long)priorCases * policy.StepsPerPrior));
        }

        if (request.ObstructedInvestigation)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.Obstruction, policy.ObstructionSteps));
        }

        if (request.MissedRectificationOrder)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.MissedRectification, policy.MissedRectificationSteps));
        }

        if (request.PromptRemedy)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.PromptRemedy, policy.PromptRemedySteps));
        }

        if (raw != level)
        {
            reasons.Add(raw > level
                ? Reason.Of(AccountabilityReasonCodes.CappedAtTop, NameOf(organization, top))
                : Reason.Of(AccountabilityReasonCodes.HeldAtBottom, NameOf(organization, 0)));
        }

        if (serious)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.DiscloseSeriousImpact));
        }

        if (byLevel)
        {
            reasons.Add(Reason.Of(AccountabilityReasonCodes.DiscloseLevel, NameOf(organization, level), NameOf(organization, discloseFrom)));
        }

        var net = (int)Math.Clamp(steps, int.MinValue, int.MaxValue);
        return organization
            ? new SanctionDecision(subject, null, (OrganizationSanctionLevel)level, false, serious || byLevel, net, priorCases, request.DecidedOn, version.Label, reasons)
            : new SanctionDecision(subject, (SanctionLevel)level, null, false, serious || byLevel, net, priorCases, request.DecidedOn, version.Label, reasons);
    }

    // A validated table has exactly one cell per kind and impact.
    private static int BaseLevel(AccountabilityPolicy policy, bool organization, MisconductKind kind, Impact impact)
    {
        if (organization)
        {
            var cells = policy.OrganizationLadder;
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].Kind == kind && cells[i].Impact == impact)
                {
                    return (int)cells[i].Level;
                }
            }
        }
        else
        {
            var cells = policy.CadreLadder;
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].Kind == kind && cells[i].Impact == impact)
                {
                    return (int)cells[i].Level;
                }
            }
        }

        throw new UnreachableException();
    }

    private static LocalizedName NameOf(bool organization, int level) =>
        organization ? AccountabilityName.Of((OrganizationSanctionLevel)level) : AccountabilityName.Of((SanctionLevel)level);
}
