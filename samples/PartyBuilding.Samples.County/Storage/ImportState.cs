using NodaTime;

namespace PartyBuilding.Samples.County.Storage;

/// <summary>
/// The one row that says what the database holds: which import (its fingerprint), how many of its batches
/// are stored. Written in the same transaction as each batch, so that it never claims a batch that was rolled back.
/// </summary>
internal sealed class ImportState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The import's fingerprint: the file's hash, or the generator's seed and scale, and the batch size.</summary>
    public required string Source { get; set; }

    public required string County { get; set; }

    public LocalDate AsOf { get; set; }

    public int BatchesStored { get; set; }

    public int TotalBatches { get; set; }

    public bool Complete => BatchesStored == TotalBatches;
}
