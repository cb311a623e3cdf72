using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PartyBuilding.Samples.Township;

/// <summary>The command line of the sample host.</summary>
internal sealed record HostOptions
{
    public const string Usage = """
        PartyBuilding.Samples.Township — runs the whole library on a township and prints one report.

        usage: dotnet run --project samples/PartyBuilding.Samples.Township [-- options]

          --data FILE        read the township from FILE (JSON, format in docs/samples.md)
                             instead of the embedded sample township (Mazhu Town)
          --write-data FILE  write the embedded sample township to FILE as JSON and exit
          --format FORMAT    text (default), json, or html (one self-contained page with charts,
                             printable on A4)
          --as-of DATE       the report date, yyyy-MM-dd (default: the data's asOf date)
          --culture NAME     en (default) or zh-CN: the language of the whole report
          --posting          print the public posting of the democratic evaluation alone (small rater
                             groups withheld, only the reasons that may be posted) instead of the
                             committee's report (default: every section; the evaluation with every
                             cadre's full figures and all reasons)
          --policy FILE      register the policy document FILE (JSON, docs/policies.md) in place of
                             that policy's defaults; repeatable, one document per policy type
          --help             this text

        exit codes: 0 report printed; 2 bad arguments or bad data (one message, no report).
        """;

    public string? DataFile { get; init; }

    public string? WriteDataFile { get; init; }

    public ReportFormat Format { get; init; }

    /// <summary>Whether the JSON report is asked for.</summary>
    public bool Json => Format == ReportFormat.Json;

    public LocalDate? AsOf { get; init; }

    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("en");

    public bool Help { get; init; }

    /// <summary>Policy documents to register, in the order given.</summary>
    public IReadOnlyList<string> PolicyFiles { get; init; } = [];

    /// <summary>The public posting of the evaluation instead of the committee's full view.</summary>
    public bool Posting { get; init; }

    /// <summary>Parses the arguments or throws <see cref="HostException"/> naming the bad one.</summary>
    public static HostOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HostOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new HostException($"option {arg} needs a value");
            options = arg switch
            {
                "--help" or "-h" or "-?" => options with { Help = true },
                "--data" => options with { DataFile = Value() },
                "--write-data" => options with { WriteDataFile = Value() },
                "--format" => Value() switch
                {
                    "json" => options with { Format = ReportFormat.Json },
                    "text" => options with { Format = ReportFormat.Text },
                    "html" => options with { Format = ReportFormat.Html },
                    var other => throw new HostException($"--format must be text, json or html, not '{other}'"),
                },
                "--as-of" => options with { AsOf = ParseDate(Value()) },
                "--culture" => options with { Culture = ParseCulture(Value()) },
                "--posting" => options with { Posting = true },
                "--policy" => options with { PolicyFiles = [.. options.PolicyFiles, Value()] },
                _ => throw new HostException($"unknown argument '{arg}' (see --help)"),
            };
        }

        return options;
    }

    private static LocalDate ParseDate(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new HostException($"--as-of must be a date yyyy-MM-dd, not '{text}'");
    }

    private static CultureInfo ParseCulture(string name) => name switch
    {
        "en" or "en-US" or "en-GB" => CultureInfo.GetCultureInfo("en"),
        "zh-CN" or "zh-Hans" or "zh" => CultureInfo.GetCultureInfo("zh-CN"),
        _ => throw new HostException($"--culture must be en or zh-CN, not '{name}'"),
    };
}
