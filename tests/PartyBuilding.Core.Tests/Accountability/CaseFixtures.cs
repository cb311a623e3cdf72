using NodaTime;
using PartyBuilding.Core.Accountability;

namespace PartyBuilding.Core.Tests.Accountability;

/// <summary>Shared data for the accountability tests.</summary>
internal static class CaseFixtures
{
    public static readonly LocalDate Start = new(2026, 3, 2);

    public static readonly PolicySet<AccountabilityPolicy> FixturePolicies = PolicySet.Of(AccountabilityPolicy.Default);

    public static readonly AccountabilityEscalator Escalator = new(FixturePolicies);

    public static readonly AccountabilitySubject Cadre = AccountabilitySubject.ForCadre(new CadreId("cadre-wang"));

    public static readonly AccountabilitySubject Organization = AccountabilitySubject.ForOrganization(new OrganizationId("branch-east"));

    public static LocalDate Day(int offset) => Start.PlusDays(offset);

    public static Complaint Complaint(string id = "case-1", AccountabilitySubject? subject = null) =>
        new(new CaseId(id), subject ?? Cadre, "Permit application ignored for three months");

    public static AccountabilityCase Received(string id = "case-1", AccountabilitySubject? subject = null) =>
        AccountabilityCase.Receive(Complaint(id, subject), Start, FixturePolicies);

    public static AccountabilityCase Investigating()
    {
        var c = Received();
        c.StartInvestigation(Day(3));
        return c;
    }

    public static AccountabilityCase Concluded(Finding finding)
    {
        var c = Investigating();
        c.Conclude(Day(20), finding);
        return c;
    }

    /// <summary>A case concluded as substantiated and sanctioned; disclosure required when the impact is serious.</summary>
    public static AccountabilityCase Sanctioned(Impact impact)
    {
        var c = Concluded(Finding.Substantiated(MisconductKind.Inaction, impact));
        c.Sanction(Day(25), Escalator.Decide(c, [], Day(25)));
        return c;
    }

    /// <summary>Everything observable about a case, for comparing a case with its replay.</summary>
    public static string Snapshot(AccountabilityCase c) => string.Join(
        " | ",
        c.Id, c.Subject, c.State, c.PolicyLabel, c.ReceivedOn, c.AcceptedOn, c.ExtendedOn, c.ExtensionDays, c.ExtensionReason,
        c.ConcludedOn, c.Finding, c.SanctionedOn, c.Decision?.Level, c.Decision?.OrganizationLevel, c.Decision?.Waived,
        c.RequiresDisclosure, c.DisclosedOn, c.ClosedOn, c.RegistrationDeadline, c.ConclusionDeadline, c.LinkedCase, c.History.Count);

    public static string CodeOf(InvalidOperationException error) => error.Message.Split(':')[0];
}
