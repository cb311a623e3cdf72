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
            using var services = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();
            var report = new ReportBuilder(services, new TownshipMapper(source)).Build(data, options.AsOf ?? data.AsOf);
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
