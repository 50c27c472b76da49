using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tempo.Async.Analyzers.CodeFixes;

/// <summary>TEMPO002: <c>x.ConfigureAwait(false)</c> becomes <c>x</c>, so the await resumes on the line.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConfigureAwaitFix)), Shared]
public sealed class RemoveConfigureAwaitFix() : ReplaceNodeFix(Descriptors.ConfigureAwaitFalse.Id, "Remove ConfigureAwait(false)")
{
    /// <inheritdoc />
    protected override SyntaxNode? Replacement(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : null;
}
