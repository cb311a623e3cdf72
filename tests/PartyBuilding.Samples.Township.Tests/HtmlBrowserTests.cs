using System.Text.RegularExpressions;
using PartyBuilding.Samples.Township.Report;
using PartyBuilding.Samples.Township.Tests.Browser;

namespace PartyBuilding.Samples.Township.Tests;

/// <summary>The html report rendered in a real headless browser (Debian's chromium), in both cultures.</summary>
public sealed class HtmlBrowserTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("township-browser-").FullName;

    [ChromiumTheory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void After_rendering_every_section_and_chart_is_in_the_page(string culture)
    {
        var page = Write(culture);

        var dom = Chromium.DumpDom(page);

        Assert.Matches($"<html lang=\"{culture}\"", dom);
        foreach (var id in HtmlRenderer.SectionIds)
        {
            Assert.Matches($"<section id=\"{id}\" data-section=\"{id}\">", dom);
        }

        foreach (var chart in HtmlPage.ChartIds)
        {
            // The figure holds its chart, and the chart its bars, before the figure ends.
            Assert.Matches(new Regex($"<figure id=\"chart-{chart}\" data-chart=\"{chart}\">(?:(?!</figure>).)*<svg[^>]*>(?:(?!</figure>).)*<rect", RegexOptions.Singleline), dom);
        }

        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
    }

    [ChromiumTheory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void The_screenshot_of_the_first_page_is_not_blank(string culture)
    {
        var png = Png.Read(Chromium.Screenshot(Write(culture)));

        Assert.Equal((1240, 1754), (png.Width, png.Height));
        var colours = new HashSet<int>();
        var inked = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var rgb = png.Rgb(x, y);
                colours.Add(rgb);
                inked += rgb == 0xFFFFFF ? 0 : 1;
            }
        }

        // Text and tables in black and grey, links in blue: a page of one line of text inks about 0.02 % and some 60 colours.
        var share = (double)inked / (png.Width * png.Height);
        Assert.True(share > 0.03, $"only {share:P2} of the screenshot is not white");
        Assert.True(colours.Count > 100, $"only {colours.Count} distinct colours in the screenshot");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string culture)
    {
        var run = HostRun.Of("--format", "html", "--culture", culture);
        Assert.Equal(0, run.ExitCode);
        var page = Path.Combine(folder, $"report.{culture}.html");
        File.WriteAllText(page, run.Output);
        return page;
    }
}
