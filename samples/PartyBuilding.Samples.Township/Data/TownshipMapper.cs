using NodaTime;
using PartyBuilding.Core;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Affiliation.Validation;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.Township.Data;

/// <summary>Turns the JSON records into the library's types; every bad record becomes one clear message.</summary>
internal sealed class TownshipMapper(string source)
{
    private static readonly MobileMemberValidator MemberValidator = new();

    /// <summary>Where the data came from, for messages.</summary>
    public string Source => source;

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

    /// <summary>The mobile members under management on <paramref name="asOf"/>, each checked by the library's validator.</summary>
    public IReadOnlyList<MobileMember> MobileMembers(TownshipData data, LocalDate asOf) =>
        data.MobileMembers
            .Select((m, i) => (Record: m, Index: i))
            .Where(m => m.Record.MonitoredSince <= asOf)
            .Select(m => Guarded($"mobileMembers[{m.Index}] (id '{m.Record.Id}')", () =>
            {
                var member = new MobileMember(new MemberId(m.Record.Id), m.Record.Status, m.Record.ResidenceAreaCode, m.Record.IntroducedBy is null ? null : new MemberId(m.Record.IntroducedBy));
                var result = MemberValidator.Validate(member);
                if (!result.IsValid)
                {
                    throw new InvalidInputException(result.Errors);
                }

                return member;
            }))
            .ToList();

    /// <summary>The contact records made on or before <paramref name="asOf"/>, by member.</summary>
    public ILookup<string, ContactRecord> Contacts(TownshipData data, LocalDate asOf) =>
        data.Contacts.Where(c => c.On <= asOf).Select((c, i) => Guarded($"contacts[{i}] (member '{c.MemberId}')", () =>
            (c.MemberId, Record: new ContactRecord(new MemberId(c.MemberId), c.Kind, c.On)))).ToLookup(c => c.MemberId, c => c.Record, StringComparer.Ordinal);

    /// <summary>Replays a case's steps up to <c>asOf</c> through the aggregate; a refused step names the case, the step and the code.</summary>
    public AccountabilityCase Case(CaseRecord record, int index, LocalDate asOf, PolicySet<AccountabilityPolicy> policies, IAccountabilityEscalator escalator)
    {
        var name = $"cases[{index}] (id '{record.Id}')";
        var subject = Guarded(name, () => record.SubjectIsOrganization
            ? AccountabilitySubject.ForOrganization(new OrganizationId(record.Subject))
            : AccountabilitySubject.ForCadre(new CadreId(record.Subject)));
        var accountabilityCase = Guarded(name, () => AccountabilityCase.Receive(new Complaint(new CaseId(record.Id), subject, record.Summary), record.ReceivedOn, policies));
        for (var s = 0; s < record.Steps.Count && record.Steps[s].On <= asOf; s++)
        {
            var step = record.Steps[s];
            var where = $"{name}.steps[{s}] ({step.Kind} on {step.On:yyyy-MM-dd})";
            Guarded(where, () =>
            {
                switch (step.Kind)
                {
                    case CaseStepKind.StartInvestigation:
                        accountabilityCase.StartInvestigation(step.On);
                        break;
                    case CaseStepKind.Extend:
                        accountabilityCase.ExtendDeadline(step.On, step.Days, step.Reason ?? string.Empty);
                        break;
                    case CaseStepKind.Conclude:
                        accountabilityCase.Conclude(step.On, step.Substantiated
                            ? Finding.Substantiated(step.Misconduct ?? MisconductKind.Inaction, step.Impact ?? Impact.Minor) with
                            {
                                ObstructedInvestigation = step.ObstructedInvestigation,
                                PromptRemedy = step.PromptRemedy,
                                DissentRecorded = step.DissentRecorded,
                                ForceMajeure = step.ForceMajeure,
                            }
                            : Finding.Unsubstantiated(step.Reason ?? string.Empty));
                        break;
                    case CaseStepKind.Sanction:
                        accountabilityCase.Sanction(step.On, escalator.Decide(accountabilityCase, record.PriorSubstantiatedOn, step.On));
                        break;
                    case CaseStepKind.Disclose:
                        accountabilityCase.Disclose(step.On);
                        break;
                    case CaseStepKind.Close:
                        accountabilityCase.Close(step.On);
                        break;
                    default:
                        throw new DataException($"{source}: {where}: unknown step kind");
                }

                return 0;
            });
        }

        return accountabilityCase;
    }

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
        catch (InvalidOperationException e)
        {
            throw new DataException($"{source}: {record}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // The id types refuse empty values with an ArgumentException for their parameter "Value".
            var code = e.ParamName == "Value" ? $"[{CommonErrorCodes.IdEmpty}] " : string.Empty;
            throw new DataException($"{source}: {record}: {code}{e.Message}");
        }
    }
}
