using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Specifications;
using PartyBuilding.Core.Members;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Affiliation;

public sealed class AffiliationSpecificationTests
{
    private static readonly LocalDate AsOf = new(2026, 7, 11);
    private static readonly OrganizationId Waikou = new("waikou");
    private static readonly OrganizationId Village = new("village");

    private static MobileMemberSummary S(string id, OrganizationId? organization = null, LocalDate? report = null, LocalDate? contact = null,
        LocalDate? life = null, LocalDate? dues = null, LocalDate? work = null, LocalDate? since = null) => new()
    {
        Id = new MemberId(id),
        Status = MembershipStatus.Full,
        Organization = organization,
        Mode = organization is null ? null : ManagementMode.Attribution,
        MonitoredSince = since ?? new LocalDate(2025, 1, 1),
        LastReportOn = report,
        LastContactOn = contact,
        LastOrganizationalLifeOn = life,
        LastDuesPaidOn = dues,
        LastAssignedWorkOn = work,
    };

    private static MobileMemberSummary AllOn(string id, LocalDate day, OrganizationId? organization = null) =>
        S(id, organization, day, day, day, day, day);

    [Fact]
    public void Members_without_an_organization_are_found_in_id_order()
    {
        MobileMemberSummary[] stored = [S("c"), S("a", Waikou), S("b")];

        Assert.Equal(["b", "c"], new MobileMembersWithoutOrganizationSpec().Evaluate(stored).Select(m => m.Id.Value));
    }

    [Fact]
    public void Members_of_a_migrant_branch_are_found_in_id_order()
    {
        MobileMemberSummary[] stored = [S("c", Waikou), S("a", Waikou), S("b", Village), S("d")];

        Assert.Equal(["a", "c"], new MobileMembersOfOrganizationSpec(Waikou).Evaluate(stored).Select(m => m.Id.Value));

        // Issue 13 item 5: the default id is a coded InvalidInputException (it was a plain ArgumentException).
        Assert.Equal([Core.Organizations.OrganizationErrorCodes.IdMissing], Assert.Throws<InvalidInputException>(() => new MobileMembersOfOrganizationSpec(default)).Codes);
    }

    [Fact]
    public void Members_overdue_for_report_are_found_longest_overdue_first()
    {
        MobileMemberSummary[] stored =
        [
            AllOn("current", new LocalDate(2026, 6, 11)),
            AllOn("overdue", new LocalDate(2026, 6, 10)),
            S("never"),
            AllOn("long", new LocalDate(2026, 2, 1)),
            S("new", since: new LocalDate(2026, 7, 1)),
        ];

        Assert.Equal(["never", "long", "overdue"], new MobileMembersOverdueForReportSpec(AsOf, AffiliationPolicy.Default).Evaluate(stored).Select(m => m.Id.Value));
    }

    [Fact]
    public void Members_to_flag_for_lost_contact_and_withdrawal_review_are_found_apart()
    {
        var jan10 = new LocalDate(2026, 1, 10);
        MobileMemberSummary[] stored =
        [
            AllOn("lost", jan10),
            S("in-contact-no-life", report: AsOf, contact: AsOf, life: jan10, dues: AsOf, work: AsOf),
            AllOn("fine", new LocalDate(2026, 7, 1)),
        ];

        Assert.Equal(["lost"], new MobileMembersLostContactSpec(AsOf, AffiliationPolicy.Default).Evaluate(stored).Select(m => m.Id.Value));
        Assert.Equal(["in-contact-no-life"], new MobileMembersForWithdrawalReviewSpec(AsOf, AffiliationPolicy.Default).Evaluate(stored).Select(m => m.Id.Value));
        Assert.Equal(["in-contact-no-life", "lost"], new MobileMembersFlaggedForReviewSpec(AsOf, AffiliationPolicy.Default).Evaluate(stored).Select(m => m.Id.Value));
    }

    [Fact]
    public void Specifications_refuse_a_missing_or_inconsistent_policy()
    {
        Assert.Throws<ArgumentNullException>(() => new MobileMembersOverdueForReportSpec(AsOf, null!));
        Assert.Throws<InvalidInputException>(() => new MobileMembersLostContactSpec(AsOf, AffiliationPolicy.Default with { LostContactMonths = 0 }));
    }

    [Property(Arbitrary = [typeof(AffiliationArbitraries)], MaxTest = 1000)]
    public bool Specifications_agree_with_the_assessor_on_every_date(ContactCase contact)
    {
        var policy = AffiliationPolicy.Default;
        var summary = Summarize(contact);
        var assessment = new ContactStandingAssessor(policy).Assess(contact.Member, contact.Since, contact.Records, contact.AsOf);
        var codes = assessment.Reasons.Select(r => r.Code).ToHashSet();

        return new MobileMembersOverdueForReportSpec(contact.AsOf, policy).IsSatisfiedBy(summary) == codes.Contains(AffiliationReasonCodes.ReportOverdue)
            && new MobileMembersLostContactSpec(contact.AsOf, policy).IsSatisfiedBy(summary) == (assessment.Standing == ContactStanding.LostContact)
            && new MobileMembersForWithdrawalReviewSpec(contact.AsOf, policy).IsSatisfiedBy(summary) == (assessment.Standing == ContactStanding.WithdrawalReview)
            && new MobileMembersFlaggedForReviewSpec(contact.AsOf, policy).IsSatisfiedBy(summary) == assessment.IsFlaggedForReview;
    }

    private static MobileMemberSummary Summarize(ContactCase contact)
    {
        LocalDate? Last(ContactKind? kind) =>
            contact.Records.Where(r => kind is null || r.Kind == kind).Select(r => (LocalDate?)r.On).DefaultIfEmpty(null).Max();

        return new MobileMemberSummary
        {
            Id = contact.Member,
            Status = MembershipStatus.Full,
            MonitoredSince = contact.Since,
            LastReportOn = Last(ContactKind.Report),
            LastContactOn = Last(null),
            LastOrganizationalLifeOn = Last(ContactKind.OrganizationalLife),
            LastDuesPaidOn = Last(ContactKind.DuesPaid),
            LastAssignedWorkOn = Last(ContactKind.AssignedWork),
        };
    }
}
