using System.Text.Json;

namespace PartyBuilding.Samples.Township.Tests;

/// <summary>Runs the host in process and captures what it writes.</summary>
internal sealed record HostRun(int ExitCode, string Output, string Error)
{
    public static HostRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TownshipHost.Run(args, output, error);
        return new HostRun(code, output.ToString(), error.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Output).RootElement;
}
