using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Samples.Township.Data;
using PartyBuilding.Samples.Township.Report;

namespace PartyBuilding.Samples.Township;

/// <summary>The sample host: reads a township, runs the library through <c>AddPartyBuilding</c>, prints one report.</summary>
internal static class TownshipHost
{
    public const int BadInput = 2;

    /// <summary>Runs the host. The report is built completely before anything is written, so bad data never half-prints it.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var previousCulture = CultureInfo.CurrentUICulture;
        HostOptions? options = null;
        try
        {
            options = HostOptions.Parse(args);
            if (options.Help)
            {
                output.WriteLine(HostOptions.Usage);
                return 0;
            }

            CultureInfo.CurrentUICulture = options.Culture;
            if (options.WriteDataFile is { } target)
            {
                File.WriteAllText(target, JsonSerializer.Serialize(MazhuTown.Create(), TownshipJson.Options));
                output.WriteLine($"wrote {target}");
                return 0;
            }

            var (data, source) = options.DataFile is null ? (MazhuTown.Create(), "embedded Mazhu Town") : (Load(options.DataFile), options.DataFile);
            using var services = Register(options.PolicyFiles);
            var builder = new ReportBuilder(services, new TownshipMapper(source));
            var asOf = options.AsOf ?? data.AsOf;
            if (options.Posting)
            {
                var posting = builder.BuildPosting(data, asOf);
                output.Write(options.Format switch
                {
                    ReportFormat.Json => JsonSerializer.Serialize(posting, TownshipJson.Options) + Environment.NewLine,
                    ReportFormat.Html => HtmlRenderer.Render(posting),
                    _ => TextRenderer.Render(posting),
                });
                return 0;
            }

            var report = builder.Build(data, asOf);
            output.Write(options.Format switch
            {
                ReportFormat.Json => JsonSerializer.Serialize(report, TownshipJson.Options) + Environment.NewLine,
                ReportFormat.Html => HtmlRenderer.Render(report),
                _ => TextRenderer.Render(report),
            });
            return 0;
        }
        catch (Exception e) when (e is HostException or DataException)
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (InvalidInputException e)
        {
            // A refusal the mapper did not attribute to a record: still one message, never a stack trace.
            error.WriteLine($"error: {options?.DataFile ?? "embedded data"}: {string.Join("; ", e.Errors.Select(f => $"{f.PropertyName}: [{f.ErrorCode}] {f.ErrorMessage}"))}");
            return BadInput;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }
    }

    /// <summary>The library's services with the host's policy documents; a bad document is one message naming every failure.</summary>
    private static ServiceProvider Register(IReadOnlyList<string> policyFiles)
    {
        var documents = policyFiles.Select(file => (File: file, Text: ReadText(file, "policy"))).ToArray();
        try
        {
            return new ServiceCollection()
                .AddPartyBuilding(o =>
                {
                    foreach (var document in documents)
                    {
                        o.UsePolicyDocument(document.Text);
                    }
                })
                .BuildServiceProvider();
        }
        catch (InvalidInputException e)
        {
            // One line per failure: where (option:JSON path), the code, the text.
            static string Line(FluentValidation.Results.ValidationFailure f) => $"{Environment.NewLine}  {f.PropertyName} [{f.ErrorCode}] {f.ErrorMessage}";

            throw new HostException($"policy {string.Join(", ", policyFiles)}: {e.Errors.Count} failure(s):{string.Concat(e.Errors.Select(Line))}");
        }
    }

    private static string ReadText(string file, string what)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new HostException($"{what} {file}: cannot read the file: {e.Message}");
        }
    }

    private static TownshipData Load(string file)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DataException($"{file}: cannot read the file: {e.Message}");
        }

        try
        {
            return JsonSerializer.Deserialize<TownshipData>(json, TownshipJson.Options)
                ?? throw new DataException($"{file}: the file holds JSON null, not a township");
        }
        catch (JsonException e)
        {
            throw new DataException($"{file}: malformed township JSON at {e.Path ?? "$"} (line {e.LineNumber + 1}): {e.Message}");
        }
    }
}
