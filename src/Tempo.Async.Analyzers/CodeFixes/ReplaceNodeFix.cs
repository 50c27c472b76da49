using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Tempo.Async.Analyzers.CodeFixes;

/// <summary>A fix that replaces the flagged node with one other node, or offers nothing when it cannot.</summary>
public abstract class ReplaceNodeFix : CodeFixProvider
{
    private readonly string _title;

    /// <summary>Creates the fix for one diagnostic ID, offered under <paramref name="title"/>.</summary>
    protected ReplaceNodeFix(string id, string title)
    {
        FixableDiagnosticIds = [id];
        _title = title;
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        if (root is null || model is null || node is null || Replacement(node, model, context.CancellationToken) is not { } replacement)
        {
            return;
        }
        var fixedRoot = root.ReplaceNode(node, replacement.WithTriviaFrom(node));
        context.RegisterCodeFix(CodeAction.Create(_title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), GetType().Name), context.Diagnostics);
    }

    /// <summary>What replaces the flagged <paramref name="node"/>, or null when no fix is obvious here.</summary>
    protected abstract SyntaxNode? Replacement(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken);
}
