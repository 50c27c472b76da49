using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tempo.Async.Analyzers.CodeFixes;

/// <summary>
/// TEMPO003 in an async function: <c>t.Wait()</c> becomes <c>await t</c>, <c>t.Result</c> becomes <c>(await t)</c>, and
/// <c>t.GetAwaiter().GetResult()</c> becomes <c>await t</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitInsteadOfBlockingFix)), Shared]
public sealed class AwaitInsteadOfBlockingFix() : ReplaceNodeFix(Descriptors.BlockingWait.Id, "Await instead of blocking")
{
    /// <inheritdoc />
    protected override SyntaxNode? Replacement(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        !InScope.InAsyncFunction(node) ? null : node switch
        {
            // t.Wait() as a statement: its value (none) is not used.
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Wait" } access, ArgumentList.Arguments.Count: 0, Parent: ExpressionStatementSyntax }
                => Await(access.Expression),
            // t.GetAwaiter().GetResult()
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetResult", Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetAwaiter" } awaiter } } }
                => Parenthesize(Await(awaiter.Expression), node),
            // t.Result
            MemberAccessExpressionSyntax { Name.Identifier.Text: "Result" } result => Parenthesize(Await(result.Expression), node),
            _ => null,
        };

    private static ExpressionSyntax Await(ExpressionSyntax task) => SyntaxFactory.AwaitExpression(task.WithoutTrivia());

    // Parentheses only where the value is used further, e.g. (await t).Length; a statement or an argument needs none.
    private static ExpressionSyntax Parenthesize(ExpressionSyntax awaited, SyntaxNode replaced) =>
        replaced.Parent is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or ConditionalAccessExpressionSyntax or BinaryExpressionSyntax or InvocationExpressionSyntax
            ? SyntaxFactory.ParenthesizedExpression(awaited)
            : awaited;
}
