using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Tempo.Async.Analyzers;

namespace Tempo.Async.Analyzers.Tests;

/// <summary>
/// Runs the analyzer (and a code fix) on test sources compiled against the running .NET's own assemblies and the
/// real Tempo.Async, so no reference package is downloaded.
/// </summary>
internal static class Verify
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = Directory.GetFiles(runtime, "*.dll")
            .Where(f => Path.GetFileName(f) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"));
        var tempo = new[] { typeof(Simulation).Assembly.Location, typeof(Tempo.Timeline.Trace).Assembly.Location };
        return framework.Concat(tempo).Order(StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToArray();
    });

    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = """
        using System;
        using System.Diagnostics;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Tempo.Async;

        """;

    /// <summary>A class whose method starts line "car" with <paramref name="code"/> in its body.</summary>
    public static string InLine(string code) => $$"""
        class Sample
        {
            void Main(Simulation sim)
            {
                sim.Start("car", async ct =>
                {
                    {{code}}
                    await sim.DelayAsync(TimeSpan.FromSeconds(1), ct);
                });
                sim.Run();
            }
        }
        """;

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location, string what, string line) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithArguments(what, line);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<LineCodeAnalyzer, DefaultVerifier> { TestCode = Usings + source };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task FixAsync<TFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<LineCodeAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
        };
        Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static void Configure<TTest>(TTest test)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(References.Value);
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
    }
}
