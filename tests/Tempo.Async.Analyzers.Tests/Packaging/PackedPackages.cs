namespace Tempo.Async.Analyzers.Tests.Packaging;

/// <summary>
/// Tempo.Async and Tempo.Timeline packed as CI packs them (<c>CI=true dotnet pack -c Release</c>), twice, from two
/// copies of the source in different folders. Shared by the package tests: packing is slow.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Path.Combine(Path.GetTempPath(), "tempo-pack-" + Guid.NewGuid().ToString("N"));
        var repository = SourceCopy.FindRepository();
        First = Pack(repository, "first");
        Second = Pack(repository, "second");
    }

    /// <summary>The temporary folder holding everything.</summary>
    public string Root { get; }

    /// <summary>The folder with the first copy's .nupkg and .snupkg files.</summary>
    public string First { get; }

    /// <summary>The folder with the second copy's packages.</summary>
    public string Second { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file briefly; the OS temp cleaner gets it later.
        }
    }

    private string Pack(string repository, string name)
    {
        var source = Path.Combine(Root, name, "source");
        var output = Path.Combine(Root, name, "packages");
        SourceCopy.Make(repository, source);
        var environment = new Dictionary<string, string> { ["CI"] = "true" };
        foreach (var project in new[] { "src/Tempo.Timeline", "src/Tempo.Async" })
        {
            Dotnet.Run(source, environment, "pack", project, "-c", "Release", "-o", output, "-p:UseSharedCompilation=false");
        }
        return output;
    }
}
