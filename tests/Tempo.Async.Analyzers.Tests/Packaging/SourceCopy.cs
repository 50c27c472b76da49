using System.Diagnostics;

namespace Tempo.Async.Analyzers.Tests.Packaging;

/// <summary>
/// A copy of what the packages are built from (the build settings and the three projects' tracked and new files) in
/// a fresh git repository with one commit of fixed date, as a CI checkout of the same source would be.
/// </summary>
internal static class SourceCopy
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "src/Packaging.props"];
    private static readonly string[] Folders = ["src/Tempo.Timeline", "src/Tempo.Async", "src/Tempo.Async.Analyzers", "docs/packages"];

    public static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tempo.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Tempo.slnx not found above " + AppContext.BaseDirectory);
    }

    public static void Make(string repository, string target)
    {
        foreach (var file in RootFiles.Concat(Folders.SelectMany(f => Files(repository, f))))
        {
            var to = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(repository, file), to);
        }
        Git(target, "init", "-q");
        Git(target, "add", "-A");
        Git(target, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "packaging test");
    }

    // The folder's files as git sees them (tracked, or new and not ignored): no bin/ or obj/.
    private static IEnumerable<string> Files(string repository, string folder) =>
        Git(repository, "ls-files", "--cached", "--others", "--exclude-standard", "--", folder)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => File.Exists(Path.Combine(repository, f)));

    private static string Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["GIT_AUTHOR_DATE"] = "2026-01-01T00:00:00Z";
        start.Environment["GIT_COMMITTER_DATE"] = "2026-01-01T00:00:00Z";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
