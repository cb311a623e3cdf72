using System.Globalization;
using System.Text;

namespace PartyBuilding.Samples.Township.Report;

/// <summary>
/// Inline SVG charts for the html report, written by hand (no package, no script): horizontal bars and
/// stacked bars. Every bar carries <c>data-key</c> and <c>data-value</c> (the model's figure, invariant
/// culture) so a test can read the chart back; every chart has a <c>&lt;title&gt;</c> and text labels,
/// and each fill is a pattern as well as a colour, so a black-and-white print still tells them apart.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 720;
    private const int LabelWidth = 190;
    private const int ValueWidth = 150;
    private const int BarArea = Width - LabelWidth - ValueWidth - 20;
    private const int RowHeight = 24;
    private const int BarHeight = 16;

    /// <summary>One bar: its stable key, its label, the figure it draws, the text beside it, and an optional part drawn hatched over it.</summary>
    public sealed record Bar(string Key, string Label, decimal Value, string Text, decimal? Part = null);

    /// <summary>One part of a stacked bar.</summary>
    public sealed record Segment(string Key, decimal Value);

    /// <summary>One stacked bar: its key and label, its segments (in legend order), the text beside it; no segments draws <paramref name="Text"/> alone.</summary>
    public sealed record StackedRow(string Key, string Label, IReadOnlyList<Segment> Segments, string Text);

    /// <summary>
    /// Horizontal bars scaled to <paramref name="max"/>. A bar's <see cref="Bar.Part"/> (say, the overdue cases of a
    /// state) is drawn hatched over the bar and named in the legend by <paramref name="partLegend"/>.
    /// </summary>
    public static string Bars(string chart, string title, IReadOnlyList<Bar> bars, decimal max, string? wholeLegend = null, string? partLegend = null)
    {
        var svg = new StringBuilder();
        var legend = partLegend is null ? 0 : RowHeight;
        var height = (bars.Count * RowHeight) + 12 + legend;
        Open(svg, chart, title, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 6 + (i * RowHeight);
            Label(svg, bar.Label, y);
            var width = Scale(bar.Value, max);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-key=\"{Html.Escape(bar.Key)}\" data-value=\"{Figure(bar.Value)}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"url(#{chart}-f0)\" stroke=\"#000\" stroke-width=\"0.6\"><title>{Html.Escape(bar.Label)}: {Html.Escape(bar.Text)}</title></rect>");
            if (bar.Part is { } part)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"part\" data-key=\"{Html.Escape(bar.Key)}\" data-value=\"{Figure(part)}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Scale(part, max)}\" height=\"{BarHeight}\" fill=\"url(#{chart}-f3)\" stroke=\"#000\" stroke-width=\"0.6\"/>");
            }

            Value(svg, bar.Text, LabelWidth + (int)Math.Ceiling(width) + 6, y);
        }

        if (partLegend is not null)
        {
            var y = 6 + (bars.Count * RowHeight) + 4;
            Swatch(svg, chart, 0, LabelWidth, y, wholeLegend ?? string.Empty);
            Swatch(svg, chart, 3, LabelWidth + 170, y, partLegend);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Stacked bars. With <paramref name="shares"/> each bar fills the width (its segments are shares of its total,
    /// written as <c>data-share</c> percentages beside the counts); otherwise bars are scaled to the largest total.
    /// </summary>
    public static string Stacked(string chart, string title, IReadOnlyList<StackedRow> rows, IReadOnlyList<(string Key, string Label)> legend, bool shares)
    {
        var svg = new StringBuilder();
        var legendRows = (legend.Count + 2) / 3;
        var height = (rows.Count * RowHeight) + 12 + (legendRows * RowHeight);
        Open(svg, chart, title, height);
        var max = rows.Count == 0 ? 0 : rows.Max(r => r.Segments.Sum(s => s.Value));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = 6 + (i * RowHeight);
            Label(svg, row.Label, y);
            var total = row.Segments.Sum(s => s.Value);
            decimal x = LabelWidth;
            foreach (var segment in row.Segments)
            {
                var style = Index(legend, segment.Key);
                var width = total == 0 ? 0 : shares ? BarArea * segment.Value / total : Scale(segment.Value, max);
                var share = total == 0 ? 0 : Math.Round(100m * segment.Value / total, 1, MidpointRounding.AwayFromZero);
                var name = style < 0 ? segment.Key : legend[style].Label;
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"segment\" data-row=\"{Html.Escape(row.Key)}\" data-key=\"{Html.Escape(segment.Key)}\" data-value=\"{Figure(segment.Value)}\" data-share=\"{Figure(share)}\" x=\"{Figure(Math.Round(x, 2))}\" y=\"{y}\" width=\"{Figure(Math.Round(width, 2))}\" height=\"{BarHeight}\" fill=\"url(#{chart}-f{Math.Max(style, 0) % Fills.Length})\" stroke=\"#000\" stroke-width=\"0.6\"><title>{Html.Escape(row.Label)} — {Html.Escape(name)}: {Figure(segment.Value)} ({Figure(share)} %)</title></rect>");
                if (width >= 18)
                {
                    // The count inside its segment, on a white halo so it reads over any pattern.
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Figure(Math.Round(x + (width / 2), 2))}\" y=\"{y + 12}\" text-anchor=\"middle\" class=\"halo\">{Figure(segment.Value)}</text>");
                }

                x += width;
            }

            Value(svg, row.Text, row.Segments.Count == 0 ? LabelWidth : (int)Math.Ceiling(x) + 6, y);
        }

        for (var i = 0; i < legend.Count; i++)
        {
            var y = 6 + (rows.Count * RowHeight) + 4 + (i / 3 * RowHeight);
            Swatch(svg, chart, i % Fills.Length, LabelWidth + (i % 3 * 170), y, legend[i].Label);
        }

        return svg.Append("</svg>").ToString();
    }

    // Fill i: a colour and a pattern (solid, dots, diagonal hatch, cross-hatch, horizontal lines), dark to light.
    private static readonly string[] Fills =
    [
        "<rect width=\"8\" height=\"8\" fill=\"#1f4e79\"/>",
        "<rect width=\"8\" height=\"8\" fill=\"#9dc3e6\"/><circle cx=\"4\" cy=\"4\" r=\"1.4\" fill=\"#000\"/>",
        "<rect width=\"8\" height=\"8\" fill=\"#f4d58d\"/><path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\" stroke=\"#000\" stroke-width=\"1\"/>",
        "<rect width=\"8\" height=\"8\" fill=\"#c0504d\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#fff\" stroke-width=\"1.4\"/>",
        "<rect width=\"8\" height=\"8\" fill=\"#e7e6e6\"/><path d=\"M0 4H8\" stroke=\"#000\" stroke-width=\"1\"/>",
    ];

    private static void Open(StringBuilder svg, string chart, string title, int height)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{chart}-title\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{chart}-title\">{Html.Escape(title)}</title><defs>");
        for (var i = 0; i < Fills.Length; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{chart}-f{i}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">{Fills[i]}</pattern>");
        }

        svg.Append("</defs>");
    }

    private static void Label(StringBuilder svg, string label, int y) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 12}\" text-anchor=\"end\">{Html.Escape(label)}</text>");

    private static void Value(StringBuilder svg, string text, int x, int y) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y + 12}\" class=\"value\">{Html.Escape(text)}</text>");

    private static void Swatch(StringBuilder svg, string chart, int fill, int x, int y, string label) =>
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y + 2}\" width=\"18\" height=\"12\" fill=\"url(#{chart}-f{fill})\" stroke=\"#000\" stroke-width=\"0.6\"/><text x=\"{x + 24}\" y=\"{y + 12}\">{Html.Escape(label)}</text>");

    private static decimal Scale(decimal value, decimal max) => max <= 0 ? 0 : Math.Round(BarArea * value / max, 2);

    private static int Index(IReadOnlyList<(string Key, string Label)> legend, string key)
    {
        for (var i = 0; i < legend.Count; i++)
        {
            if (legend[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A figure as written in an attribute: invariant culture, no trailing zeros.</summary>
    public static string Figure(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
