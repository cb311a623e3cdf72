namespace PartyBuilding.Core.Teams;

/// <summary>The posts by which village cadres are trained on the job (seed: "the assistant system, temporary training").</summary>
public enum CadrePostKind
{
    /// <summary>An assistant to an experienced cadre (助理制).</summary>
    Assistant,

    /// <summary>A temporary post for training (挂职 / 临时培养), for example in the township.</summary>
    Temporary,
}
