using System.Security.Cryptography;
using System.Text.Json;

namespace PartyBuilding.Samples.County.Data;

/// <summary>Reads and writes county files (JSON lines); every malformed line becomes one message naming file and line.</summary>
internal static class CountyFile
{
    /// <summary>Every line of <paramref name="file"/>, parsed; blank lines are skipped. Throws <see cref="HostException"/> on the first bad one.</summary>
    public static IReadOnlyList<(int Line, CountyLine Record)> Read(string file)
    {
        var lines = new List<(int, CountyLine)>();
        try
        {
            using var reader = new StreamReader(file);
            var number = 0;
            while (reader.ReadLine() is { } text)
            {
                number++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                lines.Add((number, Parse(file, number, text)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new HostException($"{file}: cannot read the file: {e.Message}");
        }

        return lines;
    }

    /// <summary>A fingerprint of the file's bytes, so that a rerun resumes only the same import.</summary>
    public static string Fingerprint(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return "file sha256:" + Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new HostException($"{file}: cannot read the file: {e.Message}");
        }
    }

    public static void Write(string file, IEnumerable<CountyLine> lines)
    {
        try
        {
            using var writer = new StreamWriter(file);
            foreach (var line in lines)
            {
                writer.WriteLine(JsonSerializer.Serialize(line, CountyJson.Options));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new HostException($"{file}: cannot write the file: {e.Message}");
        }
    }

    private static CountyLine Parse(string file, int number, string text)
    {
        try
        {
            return JsonSerializer.Deserialize<CountyLine>(text, CountyJson.Options)
                ?? throw new HostException($"{file}: line {number}: null is not a county record");
        }
        catch (JsonException e)
        {
            throw new HostException($"{file}: line {number}: malformed record at {e.Path ?? "$"}: {e.Message}");
        }
        catch (NotSupportedException e)
        {
            // An object without its "type" (the abstract record cannot be made).
            throw new HostException($"{file}: line {number}: a record needs a \"type\" (county, organization, mobileMember, enterprise, case, round): {e.Message}");
        }
    }
}
