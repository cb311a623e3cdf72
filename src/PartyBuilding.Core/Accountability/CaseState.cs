namespace PartyBuilding.Core.Accountability;

/// <summary>The states of an <see cref="AccountabilityCase"/>, in the order a case passes through them.</summary>
public enum CaseState
{
    /// <summary>The complaint was received (受理前登记); it must be registered and routed by the registration deadline.</summary>
    Received,

    /// <summary>Accepted and under investigation (受理、调查); it must be concluded by the conclusion deadline.</summary>
    Investigating,

    /// <summary>A finding was reached: substantiated or unsubstantiated.</summary>
    Concluded,

    /// <summary>A sanction decision (possibly a waiver) was recorded.</summary>
    Sanctioned,

    /// <summary>The sanction was disclosed to the public (公开曝光).</summary>
    Disclosed,

    /// <summary>The case is closed (办结); nothing more may happen to it.</summary>
    Closed,
}
