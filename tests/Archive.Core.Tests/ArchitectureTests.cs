using System.Reflection;
using System.Text.RegularExpressions;

namespace Archive.Core.Tests;

/// <summary>The layers docs/architecture.md promises, checked on the built assemblies and the source tree.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Lucene.Net", "Microsoft.AspNetCore", "Npgsql"];

    public static TheoryData<string, string[]> Layers => new()
    {
        { "Archive.Text", Frameworks },
        { "Archive.Content", Frameworks },
        { "Archive.Storage", ["Lucene.Net", "Microsoft.AspNetCore"] },
        { "Archive.Search", ["Microsoft.AspNetCore"] },
        { "Archive.Import", ["Lucene.Net", "Microsoft.AspNetCore"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void AProject_ReferencesNoAssemblyOfTheFrameworksItsLayerMayNotUse(string project, string[] forbidden)
    {
        var references = Closure(Assembly.Load(project));
        var wrong = references.Where(r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ToList();
        Assert.True(wrong.Count == 0, $"{project} reaches {string.Join(", ", wrong)}");
    }

    [Fact]
    public void TheTextProject_ReferencesOnlyTheRuntime() =>
        Assert.All(Assembly.Load("Archive.Text").GetReferencedAssemblies(), r =>
            Assert.True(r.Name!.StartsWith("System", StringComparison.Ordinal) || r.Name == "netstandard", $"Archive.Text references {r.Name}"));

    [Fact]
    public void ThePersianLanguageCode_IsWrittenOnlyInThePersianRules()
    {
        var src = Path.Combine(RepositoryFiles.Root, "src");
        var hits = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.EndsWith("PersianRules.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => PersianCode().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}")
            .ToList();
        Assert.True(hits.Count == 0, "the code \"fa\" outside PersianRules: " + string.Join(", ", hits));
    }

    [Fact]
    public void NoSourceFile_IsLongerThan250Lines()
    {
        var src = Path.Combine(RepositoryFiles.Root, "src");
        var longer = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                && !f.Contains("Migrations", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (f, n: File.ReadLines(f).Count()))
            .Where(x => x.n > 250)
            .Select(x => $"{Path.GetRelativePath(src, x.f)} ({x.n})")
            .ToList();
        Assert.True(longer.Count == 0, "over 250 lines: " + string.Join(", ", longer));
    }

    private static SortedSet<string> Closure(Assembly root)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<AssemblyName>(root.GetReferencedAssemblies());
        while (queue.TryDequeue(out var name))
        {
            if (!seen.Add(name.Name!) || name.Name!.StartsWith("System", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                foreach (var next in Assembly.Load(name).GetReferencedAssemblies())
                {
                    queue.Enqueue(next);
                }
            }
            catch (FileNotFoundException)
            {
                // not shipped beside the tests: it cannot be one of the frameworks they carry
            }
        }

        return seen;
    }

    [GeneratedRegex("""(?<![\w-])["']fa["']""")]
    private static partial Regex PersianCode();
}
