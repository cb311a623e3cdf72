using NodaTime;

namespace PartyBuilding.Core.Members;

/// <summary>A member's dues paid for one month.</summary>
/// <param name="Member">The member.</param>
/// <param name="Month">The month the dues are for (a back payment names the month it makes up).</param>
/// <param name="PaidOn">The day they were paid.</param>
public sealed record DuesPayment(MemberId Member, YearMonth Month, LocalDate PaidOn);
