using System.Text.Json;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PartyBuilding.Core.Policies;

namespace PartyBuilding.Core.Tests.PolicyDocuments;

/// <summary>One policy type's document format, with its defaults and random valid policies, for the generic document tests.</summary>
public abstract class DocumentCase
{
    /// <summary>The format's name (<c>four-haves</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The capability folder under src/PartyBuilding.Core that ships the documents.</summary>
    public abstract string Folder { get; }

    /// <summary>The defaults written as a document.</summary>
    public abstract string DefaultDocument();

    /// <summary>Every shipped document the library generates from a C# value, by name (<c>default</c> first), written as the writer writes it.</summary>
    public abstract IReadOnlyList<(string Name, string Text)> GeneratedDocuments();

    /// <summary>The schema the library ships.</summary>
    public abstract string ShippedSchema { get; }

    /// <summary>The schema generated from the types now.</summary>
    public abstract string GeneratedSchema();

    /// <summary>The names of the documents the library ships.</summary>
    public abstract IReadOnlyList<string> Shipped { get; }

    /// <summary>A shipped document's text.</summary>
    public abstract string ShippedText(string name);

    /// <summary>Reads a document; throws what the format throws.</summary>
    public abstract int Read(string json);

    /// <summary>Each shipped document generated from a value reads back into that value (<c>default</c>: the policy's default set).</summary>
    public abstract bool ShippedDocumentsEqualTheirValues();

    /// <summary>Arbitrary valid sets of 1–3 versions survive document → set → document equal.</summary>
    public abstract Property RoundTrip();

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <inheritdoc />
public sealed class DocumentCase<TPolicy>(
    PolicyDocumentFormat<TPolicy> format,
    string folder,
    PolicySet<TPolicy> defaults,
    IValidator<TPolicy> validator,
    Func<Random, TPolicy> randomPolicy,
    params (string Name, PolicySet<TPolicy> Set)[] others) : DocumentCase
    where TPolicy : class
{
    /// <inheritdoc />
    public override string Name => format.Name;

    /// <inheritdoc />
    public override string Folder => folder;

    /// <inheritdoc />
    public override string ShippedSchema => format.Schema;

    /// <inheritdoc />
    public override IReadOnlyList<string> Shipped => format.ShippedDocuments;

    /// <inheritdoc />
    public override string DefaultDocument() => format.Write(defaults) + "\n";

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Text)> GeneratedDocuments() =>
        [("default", DefaultDocument()), .. others.Select(o => (o.Name, format.Write(o.Set) + "\n"))];

    /// <inheritdoc />
    public override string GeneratedSchema() => PolicySchema.Generate(format);

    /// <inheritdoc />
    public override string ShippedText(string name) => format.ShippedDocument(name);

    /// <inheritdoc />
    public override int Read(string json) => format.Read(json).Versions.Count;

    /// <inheritdoc />
    public override bool ShippedDocumentsEqualTheirValues() =>
        format.Read(format.ShippedDocument("default")).Versions.SequenceEqual(defaults.Versions)
        && others.All(o => format.Read(format.ShippedDocument(o.Name)).Versions.SequenceEqual(o.Set.Versions));

    /// <inheritdoc />
    public override Property RoundTrip()
    {
        var sets =
            from seed in Gen.Choose(0, int.MaxValue)
            from count in Gen.Choose(1, 3)
            from start in Gen.Choose(-5000, 5000)
            select Versions(new Random(seed), count, start);
        return Prop.ForAll(sets.Where(s => s is not null).ToArbitrary(), set =>
        {
            var text = format.Write(set!);
            var back = format.Read(text);
            return back.Versions.SequenceEqual(set!.Versions) && format.Write(back) == text;
        });
    }

    private PolicySet<TPolicy>? Versions(Random random, int count, int start)
    {
        var versions = new List<PolicyVersion<TPolicy>>();
        for (var i = 0; i < count; i++)
        {
            var policy = randomPolicy(random);
            if (!validator.Validate(policy).IsValid)
            {
                return null;
            }

            versions.Add(new(i == 0 ? "v-" + random.Next() : $"v{i}-{random.Next(1000)} 版", new LocalDate(2000, 1, 1).PlusDays(start + (i * 400)), policy));
        }

        return new PolicySet<TPolicy>(versions);
    }
}
