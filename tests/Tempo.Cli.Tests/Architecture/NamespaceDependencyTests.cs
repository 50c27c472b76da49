using System.Text.RegularExpressions;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Architecture;

/// <summary>
/// The layout rules of docs/ARCHITECTURE.md that the compiler does not check: inside a project, one namespace per
/// folder, and the namespaces' <c>using</c>s point one way (no two folders that need each other).
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    public static TheoryData<string> Projects() => new(
        "Tempo.Chess", "Tempo.Timeline", "Tempo.Async", "Tempo.Soccer", "Tempo.Web", "Tempo.Cluster", "Tempo.Cli");

    /// <summary>Tempo.Async is left out: a library taken from NuGet, its public types share one namespace (as
    /// System.Threading's do) and its folders only group files.</summary>
    public static TheoryData<string> ProjectsWithANamespacePerFolder() => new(
        "Tempo.Chess", "Tempo.Timeline", "Tempo.Soccer", "Tempo.Web", "Tempo.Cluster", "Tempo.Cli");

    [Theory]
    [MemberData(nameof(ProjectsWithANamespacePerFolder))]
    public void Each_folder_is_one_namespace(string project)
    {
        var wrong = SourceFiles(project)
            .Where(f => f.DeclaredNamespace != f.FolderNamespace)
            .Select(f => $"{f.RelativePath}: namespace {f.DeclaredNamespace}, folder says {f.FolderNamespace}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Namespaces_inside_a_project_depend_one_way(string project)
    {
        var graph = NamespaceGraph(project);

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, $"{project}: namespaces that need each other: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void The_soccer_model_does_not_use_the_actions()
    {
        var graph = NamespaceGraph("Tempo.Soccer");

        Assert.DoesNotContain("Tempo.Soccer.Actions", graph["Tempo.Soccer.Model"]);
    }

    [Fact]
    public void A_cycle_is_found_when_there_is_one()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
        graph["C"].Clear();
        Assert.Null(FindCycle(graph));
    }

    private static Dictionary<string, HashSet<string>> NamespaceGraph(string project)
    {
        var files = SourceFiles(project).ToList();
        var own = files.Select(f => f.DeclaredNamespace).ToHashSet();
        var graph = own.ToDictionary(n => n, _ => new HashSet<string>());
        foreach (var file in files)
        {
            foreach (var used in file.Usings.Where(u => own.Contains(u) && u != file.DeclaredNamespace))
            {
                graph[file.DeclaredNamespace].Add(used);
            }
        }
        return graph;
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }
        return null;

        List<string>? Visit(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path.Skip(at), node];
            }
            if (!done.Add(node))
            {
                return null;
            }
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    private static IEnumerable<SourceFile> SourceFiles(string project)
    {
        var root = Path.Combine(RepositoryRoot.Find(), "src", project);
        Assert.True(Directory.Exists(root), root + " is missing");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => SourceFile.Read(project, root, f));
    }

    private sealed partial record SourceFile(string RelativePath, string DeclaredNamespace, string FolderNamespace, IReadOnlyList<string> Usings)
    {
        public static SourceFile Read(string project, string root, string path)
        {
            var text = File.ReadAllText(path);
            var relative = Path.GetRelativePath(root, path);
            var folder = Path.GetDirectoryName(relative) ?? "";
            var folderNamespace = folder.Length == 0 ? project : project + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = NamespaceLine().Match(text) is { Success: true } m ? m.Groups[1].Value : "(none)";
            var usings = UsingLine().Matches(text).Select(u => u.Groups[1].Value).ToList();
            return new SourceFile(relative, declared, folderNamespace, usings);
        }

        [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
        private static partial Regex NamespaceLine();

        [GeneratedRegex(@"^(?:global\s+)?using\s+(?!static\b)([\w.]+)\s*;", RegexOptions.Multiline)]
        private static partial Regex UsingLine();
    }
}
