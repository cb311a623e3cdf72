namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The organizational form advised for a unit, in ascending order: a unit that gains members never
/// moves to an earlier form.
/// </summary>
public enum AdvisedForm
{
    /// <summary>No party members: a party-building instructor (党建指导员) is assigned for work coverage.</summary>
    Instructor,

    /// <summary>Too few full members to stand alone: join a joint branch (联合党支部) with neighbouring units.</summary>
    JointBranch,

    /// <summary>A branch with a secretary (and, if needed, a deputy) and no committee.</summary>
    Branch,

    /// <summary>A branch with a branch committee (党支部委员会).</summary>
    BranchWithCommittee,

    /// <summary>A general branch (党总支).</summary>
    GeneralBranch,

    /// <summary>A primary committee (基层党委).</summary>
    PrimaryCommittee,
}
