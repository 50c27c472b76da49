using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tempo.Async.Analyzers.CodeFixes;

/// <summary>
/// TEMPO006: <c>DateTimeOffset.UtcNow</c> becomes <c>sim.TimeProvider.GetUtcNow()</c>, <c>DateTime.UtcNow</c>
/// <c>sim.TimeProvider.GetUtcNow().UtcDateTime</c>, and the local forms (<c>Now</c>, <c>Today</c>) read
/// <c>GetLocalNow()</c>, when a simulation (or a TimeProvider) is in scope.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VirtualClockFix)), Shared]
public sealed class VirtualClockFix() : ReplaceNodeFix(Descriptors.WallClock.Id, "Read the simulation's clock")
{
    /// <inheritdoc />
    protected override SyntaxNode? Replacement(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is not MemberAccessExpressionSyntax access
            || model.GetSymbolInfo(access, cancellationToken).Symbol is not IPropertySymbol property
            || InScope.TimeProvider(model, access.SpanStart) is not { } provider)
        {
            return null;
        }
        var read = property.Name == "UtcNow" ? "GetUtcNow()" : "GetLocalNow()";
        var convert = property.ContainingType.SpecialType != SpecialType.System_DateTime ? "" : property.Name switch
        {
            "UtcNow" => ".UtcDateTime",
            "Today" => ".Date",
            _ => ".DateTime",
        };
        return SyntaxFactory.ParseExpression($"{provider}.{read}{convert}");
    }
}
