using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core.Outreach.Validation;

/// <summary>
/// The outreach checks, written once: each returns whether the input passes and, given a list, adds every
/// failure to it. Without a list it allocates nothing, so a batch lists failures only for an item that fails.
/// </summary>
internal static class OutreachChecks
{
    public static bool Pairing(Pairing p, string prefix, List<ValidationFailure>? failures) =>
        (!p.Household.IsDefault || Fail(failures, prefix + nameof(p.Household), OutreachErrorCodes.HouseholdIdMissing, null))
        & (!p.Cadre.IsDefault || Fail(failures, prefix + nameof(p.Cadre), OutreachErrorCodes.CadreIdMissing, null))
        & (p.Until is not { } until || until >= p.From || Fail(failures, prefix + nameof(p.Until), OutreachErrorCodes.PairingDatesOutOfOrder, until, p.From, until));

    public static bool Record(OutreachRecord r, string prefix, List<ValidationFailure>? failures) =>
        (!r.Household.IsDefault || Fail(failures, prefix + nameof(r.Household), OutreachErrorCodes.HouseholdIdMissing, null))
        & (!r.Cadre.IsDefault || Fail(failures, prefix + nameof(r.Cadre), OutreachErrorCodes.CadreIdMissing, null))
        & (r.Item is not { } item || Enum.IsDefined(item) || Fail(failures, prefix + nameof(r.Item), OutreachErrorCodes.ItemUndefined, item, item));

    public static bool Household(HouseholdOutreach h, string prefix, List<ValidationFailure>? failures)
    {
        var ok = (!h.Household.IsDefault || Fail(failures, prefix + nameof(h.Household), OutreachErrorCodes.HouseholdIdMissing, null))
            & (!h.Village.IsDefault || Fail(failures, prefix + nameof(h.Village), OutreachErrorCodes.VillageIdMissing, null));
        var pairings = h.Pairings ?? [];
        ok &= h.Pairings is not null || Fail(failures, prefix + nameof(h.Pairings), CommonErrorCodes.Required, null);
        for (var i = 0; i < pairings.Count; i++)
        {
            var p = pairings[i];
            if (p is null)
            {
                ok = Fail(failures, $"{prefix}Pairings[{i}]", CommonErrorCodes.Required, null);
                continue;
            }

            if (!Pairing(p, "", null))
            {
                ok = false;
                if (failures is not null)
                {
                    Pairing(p, $"{prefix}Pairings[{i}].", failures);
                }

                continue;
            }

            ok &= p.Household == h.Household || Fail(failures, $"{prefix}Pairings[{i}].Household", OutreachErrorCodes.PairingOfAnotherHousehold, p.Household.Value, p.Household.Value, h.Household.Value);
            for (var j = 0; j < i; j++)
            {
                var q = pairings[j];
                ok &= q is null || !Pairing(q, "", null) || !Overlap(p, q) || Fail(failures, $"{prefix}Pairings[{i}]", OutreachErrorCodes.PairingOverlap, p.From, p.Cadre.Value, p.From, q.Cadre.Value, q.From);
            }
        }

        var records = h.Records ?? [];
        ok &= h.Records is not null || Fail(failures, prefix + nameof(h.Records), CommonErrorCodes.Required, null);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (r is null)
            {
                ok = Fail(failures, $"{prefix}Records[{i}]", CommonErrorCodes.Required, null);
                continue;
            }

            if (!Record(r, "", null))
            {
                ok = false;
                if (failures is not null)
                {
                    Record(r, $"{prefix}Records[{i}].", failures);
                }

                continue;
            }

            ok &= r.Household == h.Household || Fail(failures, $"{prefix}Records[{i}].Household", OutreachErrorCodes.RecordOfAnotherHousehold, r.Household.Value, r.Household.Value, h.Household.Value);
            ok &= PairedOn(pairings, r) || Fail(failures, $"{prefix}Records[{i}].Cadre", OutreachErrorCodes.RecordOutsidePairing, r.Cadre.Value, r.Cadre.Value, r.On);
            for (var j = 0; j < i; j++)
            {
                var q = records[j];
                ok &= q is null || q.Cadre != r.Cadre || q.On != r.On || q.Item != r.Item || Fail(failures, $"{prefix}Records[{i}]", OutreachErrorCodes.RecordDuplicate, r.On, r.Cadre.Value, r.On);
            }
        }

        return ok;
    }

    /// <summary>Adds the failures a custom rule found to the validation context.</summary>
    public static void Report<T>(ValidationContext<T> context, Func<List<ValidationFailure>, bool> check)
    {
        var failures = new List<ValidationFailure>();
        check(failures);
        foreach (var failure in failures)
        {
            context.AddFailure(failure);
        }
    }

    private static bool Overlap(Pairing p, Pairing q) =>
        p.From <= (q.Until ?? NodaTime.LocalDate.MaxIsoValue) && q.From <= (p.Until ?? NodaTime.LocalDate.MaxIsoValue);

    private static bool PairedOn(IReadOnlyList<Pairing> pairings, OutreachRecord r)
    {
        foreach (var p in pairings)
        {
            if (p is not null && p.Cadre == r.Cadre && p.Covers(r.On))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Fail(List<ValidationFailure>? failures, string property, string code, object? value, params object?[] arguments)
    {
        failures?.Add(Failures.Of(property, code, value, arguments));
        return false;
    }
}
