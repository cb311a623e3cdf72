using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace PartyBuilding.Samples.County;

/// <summary>The command line of the county host.</summary>
internal sealed record CountyOptions
{
    public const string Usage = """
        PartyBuilding.Samples.County — a county's summaries stored through EF Core and queried with the
        library's specifications.

        usage: dotnet run --project samples/PartyBuilding.Samples.County [-- options]

          --import FILE       read the county from FILE (JSON lines, format in docs/samples.md)
                              instead of generating one
          --write FILE        write the generated county to FILE as JSON lines and exit
          --seed N            the generator's seed (default 20261231)
          --scale F           the generated county's size as a share of a full county (default 1:
                              30 townships, 300,000 members, 30,000 mobile, 3,000 enterprises);
                              --small is --scale 0.01
          --database FILE     the SQLite file (default county.db in the working folder, created on first run)
          --connection CS     store in PostgreSQL instead (an Npgsql connection string)
          --batch N           lines per batch and per transaction (default 1000)
          --reset             replace another import the database holds (once the whole input has been
                              read and checked, in the first batch's transaction)
          --as-of DATE        the date of the attention lists, yyyy-MM-dd (default: the county's asOf date)
          --top N             ids shown per attention list (default 5)
          --quiet             no progress lines
          --province F        the province-scale benchmark instead (needs --connection; replaces everything
                              in that database): F = 1 fills 5,000,000 mobile members, 1,000,000 enterprises,
                              1,000,000 cases (docs/benchmarks.md)
          --help              this text

        exit codes: 0 done; 2 bad arguments, bad input or an unreachable database (one message).
        A failed import keeps every batch stored before it; a rerun of the same command continues there.
        """;

    public const int DefaultSeed = 20261231;

    public string? ImportFile { get; init; }

    public string? WriteFile { get; init; }

    public int Seed { get; init; } = DefaultSeed;

    public double Scale { get; init; } = 1;

    public string DatabaseFile { get; init; } = "county.db";

    public string? Connection { get; init; }

    public int BatchSize { get; init; } = 1000;

    public bool Reset { get; init; }

    public LocalDate? AsOf { get; init; }

    public int Top { get; init; } = 5;

    public bool Quiet { get; init; }

    /// <summary>The province benchmark's scale, when asked for.</summary>
    public double? Province { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses the arguments or throws <see cref="HostException"/> naming the bad one.</summary>
    public static CountyOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CountyOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new HostException($"option {arg} needs a value");
            options = arg switch
            {
                "--help" or "-h" or "-?" => options with { Help = true },
                "--import" => options with { ImportFile = Value() },
                "--write" => options with { WriteFile = Value() },
                "--seed" => options with { Seed = Int(arg, Value(), int.MinValue) },
                "--scale" => options with { Scale = ParseScale(Value(), arg) },
                "--small" => options with { Scale = 0.01 },
                "--database" => options with { DatabaseFile = NotEmpty(arg, Value()) },
                "--connection" => options with { Connection = ParseConnection(Value()) },
                "--batch" => options with { BatchSize = Int(arg, Value(), 1) },
                "--reset" => options with { Reset = true },
                "--as-of" => options with { AsOf = ParseDate(Value()) },
                "--top" => options with { Top = Int(arg, Value(), 0) },
                "--quiet" => options with { Quiet = true },
                "--province" => options with { Province = ParseScale(Value(), arg) },
                _ => throw new HostException($"unknown argument '{arg}' (see --help)"),
            };
        }

        if (options.ImportFile is not null && options.WriteFile is not null)
        {
            throw new HostException("--import and --write exclude each other: --write writes the generated county");
        }

        return options;
    }

    private static int Int(string option, string text, int minimum) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new HostException($"{option} must be a whole number of at least {minimum}, not '{text}'");

    private static double ParseScale(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 100
            ? value
            : throw new HostException($"{option} must be a number above 0 and at most 100, not '{text}'");

    private static string NotEmpty(string option, string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new HostException($"{option} must not be empty") : text;

    private static string ParseConnection(string text)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text).ConnectionString is { Length: > 0 } parsed
                ? text
                : throw new HostException("--connection must not be empty");
        }
        catch (ArgumentException e)
        {
            throw new HostException($"--connection is not an Npgsql connection string: {e.Message}");
        }
    }

    private static LocalDate ParseDate(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new HostException($"--as-of must be a date yyyy-MM-dd, not '{text}'");
    }
}
