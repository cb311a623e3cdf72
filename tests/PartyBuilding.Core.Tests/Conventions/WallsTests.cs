using System.Reflection;
using System.Reflection.Emit;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// The walls between the library's folders, read from the compiled assembly's own type references (signatures,
/// base types, attributes' types aside, and every type, method and field token in every method body, lambdas and
/// iterators included): <c>Common</c> and <c>Policies</c> know no capability; a capability uses only <c>Common</c>,
/// <c>Policies</c> (its document format), <c>Organizations</c>, <c>Members</c> and itself; nothing outside
/// <c>DependencyInjection</c> uses it.
/// </summary>
public sealed class WallsTests
{
    private const string Root = "PartyBuilding.Core";
    private const string Common = "Common";
    private const string Registration = "DependencyInjection";

    // What every capability may use besides itself.
    private static readonly HashSet<string> Shared = [Common, Policies, "Organizations", "Members"];

    // The document machinery: like Common, it knows no capability.
    private const string Policies = "Policies";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void No_folder_reaches_over_its_wall()
    {
        var breaks = (
            from type in typeof(Reason).Assembly.GetTypes()
            let folder = FolderOf(type)
            where folder is not null
            from used in ReferencedTypes(type).Distinct()
            let usedFolder = FolderOf(used)
            where usedFolder is not null && !MayUse(folder, usedFolder)
            select $"{folder}: {type.FullName} uses {usedFolder}: {used.FullName}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(breaks.Length == 0, "Walls broken:\n" + string.Join("\n", breaks));
    }

    [Theory]
    [InlineData(Common, "Affiliation", false)]
    [InlineData(Common, Registration, false)]
    [InlineData(Policies, "FourHaves", false)]
    [InlineData(Policies, Common, true)]
    [InlineData("FourHaves", Policies, true)]
    [InlineData("Affiliation", Common, true)]
    [InlineData("Affiliation", "Organizations", true)]
    [InlineData("Affiliation", "Members", true)]
    [InlineData("Affiliation", "FourHaves", false)]
    [InlineData("Evaluation", Registration, false)]
    [InlineData(Registration, "Evaluation", true)]
    [InlineData("Organizations", "Members", true)]
    public void The_walls_are_the_documented_ones(string from, string to, bool allowed) =>
        Assert.Equal(allowed, MayUse(from, to));

    [Fact]
    public void The_reader_sees_references_made_only_inside_method_bodies()
    {
        // The tally's body names its validator; no signature of the tally does.
        var used = ReferencedTypes(typeof(PartyBuilding.Core.Evaluation.DemocraticEvaluationTally)).ToHashSet();

        Assert.Contains(typeof(PartyBuilding.Core.Evaluation.Validation.EvaluationPolicyValidator), used);
        Assert.Equal("Evaluation", FolderOf(typeof(PartyBuilding.Core.Evaluation.Validation.EvaluationPolicyValidator)));
        Assert.Equal(Common, FolderOf(typeof(Reason)));
    }

    private static bool MayUse(string from, string to) =>
        from == to || from == Registration || (from != Common && from != Policies && Shared.Contains(to)) || (from == Policies && to == Common);

    /// <summary>The folder of a library type: <c>Common</c> for the root namespace, else its second segment; null outside the library.</summary>
    private static string? FolderOf(Type type)
    {
        var ns = type.Namespace;
        if (type.Assembly != typeof(Reason).Assembly || ns is null || !(ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal)))
        {
            return null;
        }

        return ns == Root ? Common : ns[(Root.Length + 1)..].Split('.')[0];
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(all).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }

            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            direct.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
            direct.AddRange(BodyReferences(method));
        }

        return direct.SelectMany(Expand);
    }

    /// <summary>The declaring types of every type, method and field token in <paramref name="method"/>'s IL.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    if (member is Type referenced)
                    {
                        yield return referenced;
                    }
                    else if (member?.DeclaringType is { } owner)
                    {
                        yield return owner;
                        if (member is MethodInfo called)
                        {
                            yield return called.ReturnType;
                            foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                            {
                                yield return argument;
                            }
                        }
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>A type with its element type and generic arguments, recursively.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }
}
