namespace PartyBuilding.Core.FourHaves;

/// <summary>The coded refusal of a have or coverage kind the enumeration does not define.</summary>
internal static class UndefinedValue
{
    /// <summary>An <see cref="InvalidInputException"/> with <c>FH.ENUM_UNDEFINED</c> for <paramref name="parameter"/>.</summary>
    public static InvalidInputException Of<T>(T value, string parameter)
        where T : struct, Enum =>
        new([Failures.Of(parameter, FourHavesErrorCodes.EnumUndefined, value, value)], parameter);
}
