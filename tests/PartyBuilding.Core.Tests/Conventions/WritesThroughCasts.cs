namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// Tests that write through casts into the shared samples run alone: a collection found writable is changed for a
/// moment (an item added and removed, the list cleared and refilled), which a test reading the same instance on
/// another thread would see.
/// </summary>
[CollectionDefinition(nameof(WritesThroughCasts), DisableParallelization = true)]
public sealed class WritesThroughCasts;
