using System.Diagnostics;

namespace PartyBuilding.Samples.Township.Tests.Browser;

/// <summary>
/// Debian's headless <c>chromium</c>, run on a page file with a fresh profile and a timeout. Where it is missing the
/// browser tests are skipped, unless the environment variable <c>CI</c> is set (CI installs it), when they fail.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>The longest one run may take before it is killed and the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static bool Installed => File.Exists(Path);

    /// <summary>Whether the browser tests must run: CI sets <c>CI</c> and installs chromium.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value && value is not ("0" or "false" or "False");

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason =>
        Installed || Required
            ? null
            : $"html page not rendered in a browser: {Path} is missing (apt-get install -y chromium); CI sets CI and installs it, and there a missing browser fails.";

    /// <summary>The DOM after the page has loaded and rendered, as chromium serializes it.</summary>
    public static string DumpDom(string page) => Run(page, "--dump-dom").Output;

    /// <summary>A screenshot of the page's first A4 screen (1240 × 1754, A4 at 150 dpi), as PNG bytes.</summary>
    public static byte[] Screenshot(string page)
    {
        var png = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(page)!, System.IO.Path.GetFileNameWithoutExtension(page) + ".png");
        var run = Run(page, $"--screenshot={png}");
        Assert.True(File.Exists(png), $"chromium wrote no screenshot (exit {run.ExitCode}): {run.Error}");
        return File.ReadAllBytes(png);
    }

    private static (int ExitCode, string Output, string Error) Run(string page, string action)
    {
        Assert.True(Installed, $"{Path} is missing and CI is set: CI installs chromium (.ci/run) before the tests; the html page must be rendered in a browser.");
        var profile = Directory.CreateTempSubdirectory("pb-chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}", "--window-size=1240,1754", action,
                new Uri(page).AbsoluteUri])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish {action} within {Timeout.TotalSeconds} s");
            }

            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

/// <summary>A theory that renders in chromium: skipped, naming why, when the browser is missing outside CI.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
