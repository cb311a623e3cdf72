using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks. <c>--smoke</c> runs every benchmark once in process (seconds, for CI);
/// <c>--province [--scale f]</c> runs the batch rules at province scale (see <see cref="ProvinceScale"/>);
/// otherwise the arguments go to BenchmarkDotNet (for example <c>--filter *Structure* --job short</c>).
/// Exits non-zero when any benchmark failed, which BenchmarkDotNet alone does not do.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--province"))
        {
            var at = Array.IndexOf(args, "--scale");
            return ProvinceScale.Run(at >= 0 ? double.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 1);
        }

        var smoke = args.Contains("--smoke");
        var rest = args.Where(a => a != "--smoke").ToArray();
        IConfig config = DefaultConfig.Instance;
        if (smoke)
        {
            config = DefaultConfig.Instance
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
                .WithOptions(ConfigOptions.DisableLogFile);
            if (!rest.Contains("--filter"))
            {
                rest = [.. rest, "--filter", "*"];
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config).ToArray();
        var failed = summaries.Length == 0
            || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
        Console.WriteLine(failed ? "BENCHMARKS FAILED" : $"benchmarks ok: {summaries.Sum(s => s.Reports.Length)} cases");
        return failed ? 1 : 0;
    }
}
