namespace PartyBuilding.Core.Petitions;

/// <summary>A row of the diversion table: matters of <paramref name="Category"/> go to <paramref name="Procedure"/>, not the petition procedure.</summary>
/// <param name="Category">The matter's category.</param>
/// <param name="Procedure">The procedure that decides it (信访工作条例 Art. 31).</param>
public sealed record DiversionRule(MatterCategory Category, OtherProcedure Procedure);
