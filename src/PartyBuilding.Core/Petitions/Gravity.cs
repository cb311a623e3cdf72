namespace PartyBuilding.Core.Petitions;

/// <summary>How grave a petition's matter is, lowest first.</summary>
public enum Gravity
{
    /// <summary>A small matter (小事).</summary>
    Minor,

    /// <summary>A major matter (大事).</summary>
    Major,

    /// <summary>A grave or urgent matter (重大、紧急): also reported to the level above (信访工作条例 Art. 22(1), Art. 25).</summary>
    Grave,
}
