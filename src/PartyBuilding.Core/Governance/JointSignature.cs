namespace PartyBuilding.Core.Governance;

/// <summary>Who signed a village expenditure (两委联签).</summary>
/// <param name="SecretarySigned">The branch secretary signed.</param>
/// <param name="DirectorSigned">The village committee director signed.</param>
/// <param name="PostsHeldByOnePerson">One person is both secretary and director (一肩挑).</param>
/// <param name="SecondMemberSigned">Another committee member signed as well (needed when one person holds both posts).</param>
public sealed record JointSignature(bool SecretarySigned, bool DirectorSigned, bool PostsHeldByOnePerson = false, bool SecondMemberSigned = false);
