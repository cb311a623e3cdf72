using NodaTime;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Affiliation;

/// <summary>A generated township: organizations, memberships and mobile members.</summary>
public sealed record Township(
    PartyOrganization[] Organizations,
    KeyValuePair<MemberId, OrganizationId>[] Memberships,
    MobileMember[] Members)
{
    public OrganizationRegistry Registry() => new(Organizations, Memberships);

    public override string ToString() =>
        "orgs: " + string.Join(", ", Organizations.Select(o => $"{o.Id}:{o.Kind}@{o.AreaCode ?? "-"}"))
        + " | memberships: " + string.Join(", ", Memberships.Select(p => $"{p.Key}->{p.Value}"))
        + " | members: " + string.Join(", ", Members.Select(m => $"{m.Id}:{m.Status}@{m.ResidenceAreaCode ?? "-"}<{m.IntroducedBy?.ToString() ?? "-"}"));
}

/// <summary>A generated contact history with an as-of date and a later date.</summary>
public sealed record ContactCase(MemberId Member, LocalDate Since, ContactRecord[] Records, LocalDate AsOf, LocalDate Later)
{
    public override string ToString() =>
        $"since {Since:yyyy-MM-dd}, asOf {AsOf:yyyy-MM-dd}, later {Later:yyyy-MM-dd}, records: "
        + string.Join(", ", Records.Select(r => $"{r.Kind}@{r.On:yyyy-MM-dd}"));
}
