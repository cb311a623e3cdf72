namespace PartyBuilding.Core.FourHaves;

/// <summary>A veto item (一票否决): when <paramref name="Fact"/> is more than zero, the grade is at most <paramref name="CapsGradeAt"/>, whatever the score.</summary>
/// <param name="Key">A stable key such as <c>VETO.SERIOUS_UNRESOLVED</c>, unique among the policy's veto items.</param>
/// <param name="Fact">The fact that triggers the veto when more than zero.</param>
/// <param name="CapsGradeAt">The highest grade a vetoed enterprise can get.</param>
public sealed record VetoItem(string Key, EnterpriseFact Fact, Grade CapsGradeAt);
