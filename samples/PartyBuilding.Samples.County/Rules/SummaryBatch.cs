using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.FourHaves;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Samples.County.Rules;

/// <summary>The summaries the rules made from one batch of lines: what one transaction stores.</summary>
internal sealed class SummaryBatch(int index, int firstLine, int lastLine)
{
    public int Index => index;

    public int FirstLine => firstLine;

    public int LastLine => lastLine;

    public List<OrganizationSummary> Organizations { get; } = [];

    public List<MobileMemberSummary> MobileMembers { get; } = [];

    public List<EnterpriseAssessmentSummary> Enterprises { get; } = [];

    public List<AccountabilityCaseSummary> Cases { get; } = [];

    public List<RectificationOrderSummary> Orders { get; } = [];

    public List<EvaluationRoundSummary> Rounds { get; } = [];

    public List<CandidateEvaluationSummary> Candidates { get; } = [];
}
