using System.Reflection;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using PublicApiGenerator;
using Tempo.Timeline;

namespace Tempo.Async.Tests.PublicApi;

/// <summary>
/// The public surface of Tempo.Async and Tempo.Timeline against the approved text beside this file: any change to
/// it fails here with a diff, so that it is a reviewed change. To accept one, copy the received file the failure
/// names over tests/Tempo.Async.Tests/PublicApi/&lt;assembly&gt;.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void TempoAsync_PublicApi_IsTheApprovedOne() => AssertApproved(typeof(Simulation).Assembly);

    [Fact]
    public void TempoTimeline_PublicApi_IsTheApprovedOne() => AssertApproved(typeof(Trace).Assembly);

    private static void AssertApproved(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var received = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", $"{name}.approved.txt");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";
        if (received == approved)
        {
            return;
        }
        var receivedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", $"{name}.received.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, received);
        Assert.Fail($"the public API of {name} changed (- approved, + now); if that is meant, copy {receivedPath} over tests/Tempo.Async.Tests/PublicApi/{name}.approved.txt\n{Diff(approved, received)}");
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
