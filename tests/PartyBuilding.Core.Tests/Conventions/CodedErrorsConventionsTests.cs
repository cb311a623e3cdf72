using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using NodaTime;
using PartyBuilding.Core.Accountability;
using PartyBuilding.Core.Affiliation;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Tests.TestSupport;

namespace PartyBuilding.Core.Tests.Conventions;

/// <summary>
/// Coded errors everywhere (issue 13, item 5): every entry point a host calls — each method of the rule
/// service interfaces, the constructors, factories and methods of the registry, the round, the ballot box,
/// the accountability case and the policy set, and the id structs — answers arbitrary input
/// (<see cref="ArbitraryValues"/>) with a result, an <see cref="InvalidInputException"/> carrying codes, or an
/// <see cref="InvalidOperationException"/> whose message starts with its code. A null argument may be
/// refused the .NET way, with an <see cref="ArgumentNullException"/> naming that very parameter; a null
/// element of a list or a null field of a record must be coded. Anything else (a NullReference, Overflow,
/// KeyNotFound, InvalidCast or IndexOutOfRange exception, a plain ArgumentException without a code, an
/// ArgumentNullException for something that is not a null argument) fails the entry point's property.
/// </summary>
public sealed partial class CodedErrorsConventionsTests
{
    /// <summary>One entry point: what its parameters are, what it is called on, and how.</summary>
    internal sealed record EntryPoint(string Name, ParameterInfo[] Parameters, Func<object?>[] Targets, Func<object?, object?[], object?> Call);

    /// <summary>
    /// Types whose instances change or must be of a kind (a box open or closed, a case in each state), with fresh
    /// instances to call their methods on; every other type's methods are called on its shared samples (they are
    /// immutable) and, for a struct, on its default value too.
    /// </summary>
    private static readonly (Type Type, Func<object?>[] Targets)[] Aggregates =
    [
        (typeof(OrganizationRegistry), [() => LibrarySamples.Registry, () => OrganizationRegistry.Empty]),
        (typeof(EvaluationRound), [() => LibrarySamples.Round]),
        (typeof(BallotBox), [() => LibrarySamples.NewBox(0, close: false), () => LibrarySamples.NewBox(6, close: false), () => LibrarySamples.NewBox(14, close: true)]),
        (typeof(AccountabilityCase), [.. LibrarySamples.CaseFactories]),
        (typeof(PartyBuilding.Core.Teams.RectificationCase), [.. LibrarySamples.RectificationFactories]),
        (typeof(PolicySet<StructurePolicy>), [() => TwoStructureVersions]),
    ];

    private static readonly PolicySet<StructurePolicy> TwoStructureVersions = new(
    [
        new("2020", new LocalDate(2020, 1, 1), StructurePolicy.Default),
        new("2026", new LocalDate(2026, 1, 1), StructurePolicy.Default with { MaxMembersPerBranch = 40 }),
    ]);

    /// <summary>Calls per entry point and run (the arguments are drawn afresh every run).</summary>
    private const int MaxTest = 300;

    internal static readonly IReadOnlyDictionary<string, EntryPoint> All = Catalog().ToDictionary(e => e.Name, StringComparer.Ordinal);

    public static TheoryData<string> EntryPoints => [.. All.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every method of every rule service interface, and every public constructor, factory, method and indexer of
    /// every public type of the library (a generic one closed as the samples close it, or over a policy), so a new member
    /// is checked the day it is added.
    /// </summary>
    private static IEnumerable<EntryPoint> Catalog()
    {
        foreach (var service in LibrarySamples.RuleServices)
        {
            Func<object?>[] targets = [() => LibrarySamples.Service(service)];
            foreach (var method in service.GetMethods().Where(m => !m.GetParameters().Any(p => p.ParameterType.IsByRefLike)))
            {
                yield return Reflected(method, targets);
            }
        }

        foreach (var type in LibrarySamples.Library.GetExportedTypes().Where(t => t is { IsInterface: false, IsEnum: false } && !typeof(Delegate).IsAssignableFrom(t)).SelectMany(Closings))
        {
            var targets = Aggregates.FirstOrDefault(a => a.Type == type).Targets ?? Samples(type);
            foreach (var constructor in type.IsAbstract ? [] : type.GetConstructors())
            {
                yield return Reflected(constructor, [() => null]);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Where(m => IsOwnOrInherited(m, type) && IsEntryPoint(m)))
            {
                var closed = method.IsGenericMethodDefinition ? method.MakeGenericMethod([.. method.GetGenericArguments().Select(_ => typeof(StructurePolicy))]) : method;
                yield return Reflected(closed, closed.IsStatic ? [() => null] : targets, type);
            }
        }
    }

    /// <summary>The type, or for a generic one every closing the samples derive from (over a policy when none does).</summary>
    private static IEnumerable<Type> Closings(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return [type];
        }

        Type[] sampled =
        [
            .. LibrarySamples.Instances.Select(i => i.GetType()).Distinct().SelectMany(SelfAndBases)
                .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == type)
                .Distinct(),
        ];
        return sampled.Length > 0 ? sampled : [type.MakeGenericType([.. type.GetGenericArguments().Select(_ => typeof(StructurePolicy))])];
    }

    private static IEnumerable<Type> SelfAndBases(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>
    /// Declared by the type, or a specification's <c>Evaluate</c> and <c>IsSatisfiedBy</c> inherited from
    /// Ardalis.Specification: a host calls them on the library's specification to evaluate its own data. (A
    /// validator's inherited FluentValidation surface is FluentValidation's contract, and some of it adds rules.)
    /// </summary>
    private static bool IsOwnOrInherited(MethodInfo method, Type type) =>
        method.DeclaringType == type
        || (method.DeclaringType is { IsGenericType: true } declaring && declaring.GetGenericTypeDefinition() == typeof(Ardalis.Specification.Specification<>) && !method.IsSpecialName);

    /// <summary>A method a host calls: not object or record plumbing, not an operator or accessor (an indexer is one).</summary>
    private static bool IsEntryPoint(MethodInfo method) =>
        (!method.IsSpecialName || (method.Name == "get_Item" && method.GetParameters().Length > 0))
        && method.Name is not ("ToString" or "Equals" or "GetHashCode" or "Deconstruct" or "<Clone>$" or "PrintMembers")
        && !method.GetParameters().Any(p => p.ParameterType.IsByRefLike || p.ParameterType.IsPointer);

    /// <summary>A type's shared samples, and its default value when it is a struct (a host can always write <c>default</c>).</summary>
    private static Func<object?>[] Samples(Type type) =>
    [
        .. LibrarySamples.InstancesOf(type).Take(6).Select(sample => (Func<object?>)(() => sample)),
        .. type.IsValueType ? [() => Activator.CreateInstance(type)] : Array.Empty<Func<object?>>(),
    ];

    /// <summary>The entry point; one inherited from outside the library is named by the type it is called on.</summary>
    private static EntryPoint Reflected(MethodBase method, Func<object?>[] targets, Type? on = null) =>
        new(on is null || on == method.DeclaringType ? Names.Of(method) : Names.Of(on) + Names.Of(method)[Names.Of(method.DeclaringType!).Length..], method.GetParameters(), targets, (target, arguments) =>
        {
            try
            {
                return method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(target, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        });

    /// <summary>One generated call: which target and which arguments.</summary>
    internal sealed record Call(int Target, object?[] Arguments)
    {
        public override string ToString() =>
            $"target #{Target} with ({string.Join(", ", Arguments.Select(a => Shorten(Observation.Of(a, withText: false))))})";

        private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
    }

    [Fact]
    public void Every_method_of_every_rule_service_interface_is_an_entry_point()
    {
        var missing = LibrarySamples.RuleServices.SelectMany(s => s.GetMethods()).Select(Names.Of).Where(n => !All.ContainsKey(n)).ToArray();

        Assert.Empty(missing);
        Assert.True(All.Count > 40, $"only {All.Count} entry points");
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void An_entry_point_answers_arbitrary_input_with_a_result_or_a_coded_error(string entryPoint)
    {
        var entry = All[entryPoint];
        Assert.True(entry.Targets.Length > 0, "No sample to call it on: add one to LibrarySamples");
        var calls = from target in Gen.Choose(0, entry.Targets.Length - 1)
                    from arguments in ArbitraryValues.For(entry.Parameters.Select(p => p.ParameterType))
                    select new Call(target, arguments);

        // Every kind of fault the run meets, each with the first call that met it, so one run lists all there is to fix.
        var faults = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var property = Prop.ForAll(calls.ToArbitrary(), call =>
        {
            if (Fault(entry, call) is var (kind, detail))
            {
                faults.TryAdd(kind, detail);
            }

            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), property);

        var found = faults.Select(f => $"{entryPoint} → {f.Key}: {f.Value}").Order(StringComparer.Ordinal).ToArray();
        Assert.True(found.Length == 0, string.Join("\n", found));
    }

    [Fact]
    public void The_classification_accepts_only_coded_errors_and_a_null_argument_named_as_such()
    {
        string[] none = [];
        Assert.Null(Classify(new InvalidInputException([Failures("COMMON.REQUIRED")]), none));
        Assert.Null(Classify(new InvalidOperationException("EVAL.BOX_CLOSED: The box is closed."), none));
        Assert.Null(Classify(new ArgumentNullException("member"), ["member"]));
        Assert.NotNull(Classify(new ArgumentNullException("member"), none));
        Assert.NotNull(Classify(new ArgumentNullException("member"), ["registry"]));
        Assert.NotNull(Classify(new ArgumentNullException("member.Id"), ["member"]));
        Assert.NotNull(Classify(new ArgumentNullException(), ["member"]));
        Assert.NotNull(Classify(new InvalidInputException(), none));
        Assert.NotNull(Classify(new InvalidOperationException("The box is closed."), none));
        Assert.NotNull(Classify(new ObjectDisposedException("box"), none));
        Assert.NotNull(Classify(new ArgumentException("ORG.X: text"), none));
        Assert.NotNull(Classify(new KeyNotFoundException(), none));
        Assert.NotNull(Classify(new NullReferenceException(), none));
        Assert.NotNull(Classify(new InvalidInputException([new("Label", "No policy version is labelled '{0}'.") { ErrorCode = "ACC.POLICY_LABEL_UNKNOWN" }]), none));
        Assert.NotNull(Classify(new InvalidOperationException("EVAL.BOX_CLOSED: The box of round '{0}' is closed."), none));

        static FluentValidation.Results.ValidationFailure Failures(string code) => new("Name", "text") { ErrorCode = code };
    }

    /// <summary>Calls the entry point and reads the whole result (a lazy sequence runs, lazy reasons are written).</summary>
    /// <returns>What is wrong, or null when the call gave a result or a coded error.</returns>
    internal static (string Kind, string Detail)? Fault(EntryPoint entry, Call call)
    {
        try
        {
            Touch(entry.Call(entry.Targets[call.Target](), call.Arguments), 0);
            return null;
        }
        catch (Exception e)
        {
            string[] nullArguments =
            [
                .. entry.Parameters.Where(p => !p.IsOut && call.Arguments[p.Position] is null).Select(p => p.Name!),
            ];
            var thrownAt = e.StackTrace?.Split('\n', 2)[0].Trim();
            return Classify(e, nullArguments) is { } kind ? (kind, $"{e.GetType().Name}: {e.Message} ({thrownAt}) with {call}") : null;
        }
    }

    /// <summary>
    /// Null for a coded error, or for an <see cref="ArgumentNullException"/> naming one of
    /// <paramref name="nullArguments"/> (the parameters that were passed null); otherwise how it fails the convention.
    /// </summary>
    internal static string? Classify(Exception error, IReadOnlyCollection<string> nullArguments) => error switch
    {
        InvalidInputException invalid when invalid.Errors.Any(e => RawPlaceholder().IsMatch(e.ErrorMessage ?? "")) => "InvalidInputException with a raw placeholder in its text",
        InvalidInputException invalid when invalid.Codes.Count > 0 && invalid.Codes.All(c => c is not null && CodeShape().IsMatch(c)) => null,
        InvalidInputException => "InvalidInputException without codes",
        ArgumentNullException { ParamName: { } name } when error.GetType() == typeof(ArgumentNullException) && nullArguments.Contains(name) => null,
        ArgumentNullException { ParamName: var name } => $"ArgumentNullException for '{name}', not a null argument",
        _ when error.GetType() == typeof(InvalidOperationException) && CodedMessage().IsMatch(error.Message) && !RawPlaceholder().IsMatch(error.Message) => null,
        _ when error.GetType() == typeof(InvalidOperationException) => "InvalidOperationException without a code",
        _ => error.GetType().Name,
    };

    private static void Touch(object? value, int depth)
    {
        if (value is null or string || depth > 3)
        {
            return;
        }

        if (value is Reason { Message: { } message } reason && RawPlaceholder().IsMatch(message))
        {
            throw new FormatException($"reason {reason.Code} has a raw placeholder: {message}");
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Touch(item, depth + 1);
            }
        }

        var type = value.GetType();
        if (!LibrarySamples.IsLibraryType(type) || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? read;
            try
            {
                read = property.GetValue(value);
            }
            catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException { Message: var m } && CodedMessage().IsMatch(m))
            {
                continue; // a property refusing in the object's state (a box's ballots while it is open)
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }

            Touch(read, depth + 1);
        }
    }

    /// <summary>A placeholder left unfilled: numbered (<c>{0}</c>, <c>{1:yyyy-MM-dd}</c>) or FluentValidation's (<c>{PropertyValue}</c>).</summary>
    [GeneratedRegex(@"\{\w+(?:[,:][^}]*)?\}")]
    internal static partial Regex RawPlaceholder();

    [GeneratedRegex(@"^[A-Z]+(\.[A-Z0-9_]+)+$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"^[A-Z]+(\.[A-Z0-9_]+)+: ")]
    private static partial Regex CodedMessage();
}
