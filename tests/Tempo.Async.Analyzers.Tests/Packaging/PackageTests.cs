using System.IO.Compression;
using System.Xml.Linq;

namespace Tempo.Async.Analyzers.Tests.Packaging;

/// <summary>
/// The packages hold what a user needs (README, XML docs, the analyzers, the dependency), build deterministically,
/// and a project that takes them from a local folder gets the analyzer's warnings in its own build.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private const string Version = "0.1.0";

    [Fact]
    public void TempoAsyncPackage_HoldsReadmeXmlDocsAnalyzerAndTimelineDependency()
    {
        using var package = Open(packages.First, "Tempo.Async");
        var files = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("README.md", files);
        Assert.Contains("lib/net10.0/Tempo.Async.dll", files);
        Assert.Contains("lib/net10.0/Tempo.Async.xml", files);
        Assert.Contains("analyzers/dotnet/cs/Tempo.Async.Analyzers.dll", files);
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal) && f.Contains("Analyzers", StringComparison.Ordinal));
        Assert.Contains("TEMPO001", Read(package, "README.md"));
        Assert.Contains("<member name=\"T:Tempo.Async.Simulation\">", Read(package, "lib/net10.0/Tempo.Async.xml"));

        var metadata = Metadata(package);
        Assert.Equal("Tempo.Async", Value(metadata, "id"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "authors")));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => $"{e.Attribute("id")?.Value} {e.Attribute("version")?.Value}");
        Assert.Equal([$"Tempo.Timeline {Version}"], dependencies);
    }

    [Fact]
    public void TempoTimelinePackage_HoldsReadmeAndXmlDocs_AndNoDependency()
    {
        using var package = Open(packages.First, "Tempo.Timeline");
        var files = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("README.md", files);
        Assert.Contains("lib/net10.0/Tempo.Timeline.dll", files);
        Assert.Contains("lib/net10.0/Tempo.Timeline.xml", files);
        Assert.DoesNotContain(files, f => f.StartsWith("analyzers/", StringComparison.Ordinal));
        var metadata = Metadata(package);
        Assert.Equal("Tempo.Timeline", Value(metadata, "id"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Theory]
    [InlineData("Tempo.Async")]
    [InlineData("Tempo.Timeline")]
    public void SymbolPackage_HoldsThePdb(string id)
    {
        using var symbols = ZipFile.OpenRead(Path.Combine(packages.First, $"{id}.{Version}.snupkg"));
        Assert.Contains($"lib/net10.0/{id}.pdb", symbols.Entries.Select(e => e.FullName));
    }

    [Theory]
    [InlineData("Tempo.Async", "lib/net10.0/Tempo.Async.dll")]
    [InlineData("Tempo.Async", "analyzers/dotnet/cs/Tempo.Async.Analyzers.dll")]
    [InlineData("Tempo.Timeline", "lib/net10.0/Tempo.Timeline.dll")]
    public void PackedTwiceFromTwoFolders_TheDllsAreByteIdentical(string id, string dll)
    {
        using var first = Open(packages.First, id);
        using var second = Open(packages.Second, id);
        var a = Bytes(first, dll);
        var b = Bytes(second, dll);
        Assert.NotEmpty(a);
        Assert.True(a.AsSpan().SequenceEqual(b), $"{dll} differs between two packs of the same source");
    }

    [Fact]
    public void ConsumerFromLocalFolder_GetsTheAnalyzerWarning_OnlyInsideTheLine()
    {
        var consumer = Path.Combine(packages.Root, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages.First}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tempo.Async" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using Tempo.Async;

            await Task.Run(() => Console.WriteLine("setup, outside any line"));
            using var sim = new Simulation();
            sim.Start("car", async ct =>
            {
                await Task.Run(() => Console.WriteLine("inside the line"));
            });
            sim.Run();
            """);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(packages.Root, "consumer-packages") };

        var output = Dotnet.Run(consumer, environment, "build", "-c", "Release", "-p:UseSharedCompilation=false");

        var warnings = output.Split('\n').Where(l => l.Contains("warning TEMPO", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("Program.cs(7,11)", warning);
        Assert.Contains("warning TEMPO001: 'Task.Run' in line 'car'", warning);
    }

    private static ZipArchive Open(string folder, string id) => ZipFile.OpenRead(Path.Combine(folder, $"{id}.{Version}.nupkg"));

    private static XElement Metadata(ZipArchive package)
    {
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string Read(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(ZipArchive package, string entry)
    {
        var found = package.GetEntry(entry);
        Assert.True(found is not null, $"{entry} is not in the package");
        using var stream = found.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
