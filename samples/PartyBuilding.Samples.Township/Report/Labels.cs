using System.Globalization;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>The host's own headings in English and Chinese; the library supplies the reason text.</summary>
internal static class Labels
{
    private static readonly Dictionary<string, (string En, string Zh)> Text = new(StringComparer.Ordinal)
    {
        ["Title"] = ("Grassroots party-building report", "基层党建工作报告"),
        ["AsOf"] = ("as of", "截至"),
        ["Structure"] = ("Organizations and structure advice", "党组织设置建议"),
        ["Id"] = ("Id", "编号"),
        ["Name"] = ("Name", "名称"),
        ["Level"] = ("Level", "层级"),
        ["Full"] = ("Full", "正式"),
        ["Probationary"] = ("Prob.", "预备"),
        ["Advised"] = ("Advised form", "建议形式"),
        ["ByForm"] = ("Organizations by advised form", "按建议形式统计"),
        ["Total"] = ("Total", "合计"),
        ["NeedingAnotherForm"] = ("Organizations whose size calls for another form", "规模需调整设置形式的党组织"),
        ["TermEnded"] = ("Terms ended on or before the report date (election due)", "任期已届满、应按期换届的党组织"),
        ["None"] = ("(none)", "（无）"),
        ["Reasons"] = ("Reasons", "理由"),
        ["Committee"] = ("Committee", "党委"),
        ["GeneralBranch"] = ("General branch", "党总支"),
        ["Branch"] = ("Branch", "党支部"),
        ["Instructor"] = ("Instructor", "党建指导员"),
        ["JointBranch"] = ("Joint branch", "联合党支部"),
        ["BranchWithCommittee"] = ("Branch with committee", "设支委会的党支部"),
        ["PrimaryCommittee"] = ("Primary committee", "基层党委"),
        ["Affiliation"] = ("Mobile party members", "流动党员管理"),
        ["MobileMembers"] = ("mobile party members", "名流动党员"),
        ["Migrants"] = ("migrants in the township", "名外来人口"),
        ["Outcome"] = ("Outcome", "结果"),
        ["Mode"] = ("Management mode", "管理方式"),
        ["Organization"] = ("Organization", "党组织"),
        ["Members"] = ("Members", "人数"),
        ["Assigned"] = ("Assigned", "已编入支部"),
        ["PendingIntroduction"] = ("Pending introduction", "待介绍"),
        ["Unassigned"] = ("Unassigned", "未落实"),
        ["Centralized"] = ("Centralized", "集中管理"),
        ["Attribution"] = ("Attribution", "属地管理"),
        ["NotAssigned"] = ("Members not yet in a branch", "尚未编入支部的党员"),
        ["Establishment"] = ("Migrant branches to set up", "建议新建的流动党员党支部"),
        ["Area"] = ("Area", "区域"),
        ["Candidates"] = ("Candidate secretaries", "书记人选"),
        ["Standing"] = ("Contact standing", "联系状态"),
        ["Current"] = ("Current", "联系正常"),
        ["Overdue"] = ("Overdue", "逾期"),
        ["WithdrawalReview"] = ("Withdrawal review", "应予审查"),
        ["LostContact"] = ("Lost contact", "失去联系"),
        ["Flagged"] = ("Members for the branch to review (the library flags, people decide)", "需支部审查的党员（仅作提示，由组织决定）"),
        ["Accountability"] = ("Accountability cases", "问责案件"),
        ["Case"] = ("Case", "案件"),
        ["Subject"] = ("Subject", "对象"),
        ["State"] = ("State", "状态"),
        ["Received"] = ("Received", "受理"),
        ["Investigating"] = ("Investigating", "调查中"),
        ["Concluded"] = ("Concluded", "已认定"),
        ["Sanctioned"] = ("Sanctioned", "已问责"),
        ["Disclosed"] = ("Disclosed", "已公开"),
        ["Closed"] = ("Closed", "已办结"),
        ["Deadline"] = ("Deadline", "期限"),
        ["Finding"] = ("Finding", "认定"),
        ["Sanction"] = ("Sanction", "问责方式"),
        ["OverdueCases"] = ("Cases past their deadline", "超期案件"),
        ["AwaitingDisclosure"] = ("Cases awaiting public disclosure", "待公开通报的案件"),
        ["AwaitingSanction"] = ("Substantiated cases awaiting a sanction", "已认定待问责的案件"),
        ["Yes"] = ("yes", "是"),
        ["Unsubstantiated"] = ("Unsubstantiated", "不属实"),
        ["Waived"] = ("Waived", "免予问责"),
        ["CriticismEducation"] = ("Criticism and education", "批评教育"),
        ["CirculatedCriticism"] = ("Circulated criticism", "通报"),
        ["WarningTalk"] = ("Warning talk", "诫勉"),
        ["OrganizationalAdjustment"] = ("Organizational adjustment", "组织调整"),
        ["DisciplinarySanction"] = ("Disciplinary sanction", "纪律处分"),
        ["Inspection"] = ("Inspection", "检查"),
        ["Reorganization"] = ("Reorganization", "改组"),
    };

    /// <summary>The label for <paramref name="key"/> in the UI culture; the key itself when unknown.</summary>
    public static string Get(string key) =>
        Text.TryGetValue(key, out var text)
            ? CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? text.Zh : text.En
            : key;
}
