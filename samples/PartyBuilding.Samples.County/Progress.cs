namespace PartyBuilding.Samples.County;

/// <summary>Progress lines for a long phase: one at each tenth of the work (and the last), so that a log stays short.</summary>
internal sealed class Progress(TextWriter output, string phase, int total, bool quiet)
{
    private int lastTenth = -1;

    public void Report(int done, string detail)
    {
        var tenth = total == 0 ? 10 : done * 10 / total;
        if (quiet || (tenth == lastTenth && done != total))
        {
            return;
        }

        lastTenth = tenth;
        output.WriteLine($"  {phase} {done}/{total} batches{(detail.Length == 0 ? string.Empty : " — " + detail)}");
    }
}
