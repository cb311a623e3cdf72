using PartyBuilding.Core;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>Turns the JSON records into the library's types; every bad record becomes one clear message.</summary>
internal sealed class TownshipMapper(string source)
{
    public OrganizationRegistry Registry(TownshipData data)
    {
        var organizations = data.Organizations.Select((o, i) => Guarded($"organizations[{i}] (id '{o.Id}')", () =>
            new PartyOrganization(new OrganizationId(o.Id), o.Name, o.Level, o.Kind, o.AreaCode, o.ParentId is null ? null : new OrganizationId(o.ParentId)))).ToList();
        var memberships = data.Memberships.Select((m, i) => Guarded($"memberships[{i}] (member '{m.MemberId}')", () =>
            KeyValuePair.Create(new MemberId(m.MemberId), new OrganizationId(m.OrganizationId)))).ToList();
        return Guarded("organizations", () => new OrganizationRegistry(organizations, memberships));
    }

    public OrganizationSummary Summary(OrganizationRecord record, StructurePolicy policy) => new()
    {
        Id = new OrganizationId(record.Id),
        Level = record.Level,
        Kind = record.Kind,
        FullMembers = record.FullMembers,
        ProbationaryMembers = record.ProbationaryMembers,
        HasBranchCommittee = record.HasBranchCommittee,
        TermEndsOn = policy.TermEndOf(record.Level, record.TermStartedOn),
    };

    /// <summary>Runs <paramref name="make"/>; a library refusal becomes a <see cref="DataException"/> naming file, record and rule.</summary>
    public T Guarded<T>(string record, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (InvalidInputException e)
        {
            var first = e.Errors.Count > 0 ? e.Errors[0] : null;
            var more = e.Errors.Count > 1 ? $" (and {e.Errors.Count - 1} more)" : string.Empty;
            throw new DataException(first is null
                ? $"{source}: {record}: {e.Message}"
                : $"{source}: {record}: {first.PropertyName}: [{first.ErrorCode}] {first.ErrorMessage}{more}");
        }
        catch (ArgumentException e)
        {
            throw new DataException($"{source}: {record}: [{CommonErrorCodes.IdEmpty}] {e.Message}");
        }
    }
}
