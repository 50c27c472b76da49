using System.Reflection;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using PublicApiGenerator;

namespace Tempo.Testing.PublicApi;

/// <summary>
/// An assembly's public surface against an approved text kept in the test project, so that any change to the surface
/// is a reviewed diff. The approved files are copied to the test output's <c>PublicApi</c> folder.
/// </summary>
public static class ApprovedPublicApi
{
    /// <summary>
    /// Null when the public API of <paramref name="assembly"/> is the approved one; otherwise a message with the diff
    /// (- approved, + now) and where the received text was written, to copy over the approved file in
    /// <paramref name="sourceFolder"/> (as the repository names it) once the change is meant.
    /// </summary>
    public static string? Compare(Assembly assembly, string sourceFolder)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.GetName().Name!;
        var received = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var folder = Path.Combine(AppContext.BaseDirectory, "PublicApi");
        var approvedPath = Path.Combine(folder, $"{name}.approved.txt");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";
        if (received == approved)
        {
            return null;
        }
        var receivedPath = Path.Combine(folder, $"{name}.received.txt");
        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        return $"the public API of {name} changed (- approved, + now); if that is meant, copy {receivedPath} over {sourceFolder}/{name}.approved.txt\n{Diff(approved, received)}";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    /// <summary>The changed lines with two lines of context around each change.</summary>
    private static string Diff(string approved, string received)
    {
        var lines = InlineDiffBuilder.Diff(approved, received, ignoreWhiteSpace: false).Lines;
        var text = new StringBuilder();
        var lastShown = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var near = false;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
            {
                near |= lines[j].Type != ChangeType.Unchanged;
            }
            if (!near)
            {
                continue;
            }
            if (lastShown >= 0 && i > lastShown + 1)
            {
                text.AppendLine("  ...");
            }
            var mark = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            text.Append(mark).AppendLine(lines[i].Text);
            lastShown = i;
        }
        return text.ToString();
    }
}
