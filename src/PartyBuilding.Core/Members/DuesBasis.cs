namespace PartyBuilding.Core.Members;

/// <summary>What a member's monthly dues are worked out from.</summary>
/// <param name="Category">The member's category.</param>
/// <param name="MonthlyIncomeAfterTax">
/// The monthly income after tax (for the retired, the pension), in yuan, whole fen, not negative; a category that
/// pays a fixed sum ignores it.
/// </param>
public sealed record DuesBasis(MemberCategory Category, decimal MonthlyIncomeAfterTax);
