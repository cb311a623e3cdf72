using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Globalization;

namespace PartyBuilding.Core.Affiliation;

/// <summary>
/// The reason lists of affiliation decisions in one UI culture, built once and shared, so that a
/// decision allocates nothing but itself. Lists naming an area are cached per area up to a bound.
/// </summary>
internal sealed class AffiliationReasonSet
{
    /// <summary>Areas whose "no branch" reason is kept per culture; beyond this each decision builds its own.</summary>
    internal const int MaxCachedAreas = 4096;

    private static readonly ConcurrentDictionary<CultureInfo, AffiliationReasonSet> ByCulture = new();
    private static volatile AffiliationReasonSet? lastUsed;

    private readonly ConcurrentDictionary<string, IReadOnlyList<Reason>> noBranchByArea = new(StringComparer.Ordinal);

    private AffiliationReasonSet(CultureInfo culture)
    {
        Culture = culture;
        CentralizedByMigrantBranch = One(AffiliationReasonCodes.CentralizedByMigrantBranch);
        AttributedByResidence = One(AffiliationReasonCodes.AttributedByResidence);
        AttributedByIntroducer = One(AffiliationReasonCodes.AttributedByIntroducer);
        NoMigrantBranchInTownship = One(AffiliationReasonCodes.NoMigrantBranchInTownship);
        NoIntroducer = One(AffiliationReasonCodes.NoIntroducer);
        IntroducerUnknown = One(AffiliationReasonCodes.IntroducerUnknown);
        IntroducerNotInMigrantBranch = One(AffiliationReasonCodes.IntroducerNotInMigrantBranch);
    }

    /// <summary>The set for <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public static AffiliationReasonSet Current
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture;
            var last = lastUsed;
            if (last is not null && ReferenceEquals(last.Culture, culture))
            {
                return last;
            }

            if (!ByCulture.TryGetValue(culture, out var set))
            {
                set = ByCulture.GetOrAdd(culture, new AffiliationReasonSet(culture));
            }

            lastUsed = set;
            return set;
        }
    }

    public CultureInfo Culture { get; }

    public IReadOnlyList<Reason> CentralizedByMigrantBranch { get; }

    public IReadOnlyList<Reason> AttributedByResidence { get; }

    public IReadOnlyList<Reason> AttributedByIntroducer { get; }

    public IReadOnlyList<Reason> NoMigrantBranchInTownship { get; }

    public IReadOnlyList<Reason> NoIntroducer { get; }

    public IReadOnlyList<Reason> IntroducerUnknown { get; }

    public IReadOnlyList<Reason> IntroducerNotInMigrantBranch { get; }

    /// <summary>The reasons of an unassigned member whose residence area no branch serves; the text names the area.</summary>
    public IReadOnlyList<Reason> NoBranchFor(string area)
    {
        if (noBranchByArea.TryGetValue(area, out var cached))
        {
            return cached;
        }

        var built = One(AffiliationReasonCodes.NoBranchForArea, area);
        return noBranchByArea.Count < MaxCachedAreas ? noBranchByArea.GetOrAdd(area, built) : built;
    }

    private ReadOnlyCollection<Reason> One(string code, params object?[] arguments)
    {
        var template = MessageCatalog.Get(code, Culture);
        var text = arguments.Length == 0 ? template : string.Format(Culture, template, arguments);
        return new ReadOnlyCollection<Reason>([new Reason(code, text)]);
    }
}
