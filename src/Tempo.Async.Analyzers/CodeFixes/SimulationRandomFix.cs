using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tempo.Async.Analyzers.CodeFixes;

/// <summary>TEMPO008: <c>Random.Shared</c> or <c>new Random()</c> becomes <c>sim.Random</c>, the simulation's seeded source, when a simulation is in scope.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SimulationRandomFix)), Shared]
public sealed class SimulationRandomFix() : ReplaceNodeFix(Descriptors.UnseededRandom.Id, "Use the simulation's seeded Random")
{
    /// <inheritdoc />
    protected override SyntaxNode? Replacement(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node is ExpressionSyntax ? InScope.Random(model, node.SpanStart) : null;
}
