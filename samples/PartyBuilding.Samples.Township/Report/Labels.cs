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
    };

    /// <summary>The label for <paramref name="key"/> in the UI culture; the key itself when unknown.</summary>
    public static string Get(string key) =>
        Text.TryGetValue(key, out var text)
            ? CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? text.Zh : text.En
            : key;
}
