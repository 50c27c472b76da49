using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tempo.Async.Analyzers.CodeFixes;

/// <summary>
/// TEMPO004: the statement <c>Thread.Sleep(d);</c> in an async function becomes
/// <c>await Task.Delay(d, sim.TimeProvider, ct);</c> when a simulation (or a TimeProvider) is in scope, with the
/// token in scope if there is one; a sleep in milliseconds becomes <c>TimeSpan.FromMilliseconds(d)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DelayInsteadOfSleepFix)), Shared]
public sealed class DelayInsteadOfSleepFix() : ReplaceNodeFix(Descriptors.ThreadSleep.Id, "Await Task.Delay on the simulation's clock")
{
    /// <inheritdoc />
    protected override SyntaxNode? Replacement(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax, ArgumentList.Arguments.Count: 1 } call
            || !InScope.InAsyncFunction(call)
            || InScope.TimeProvider(model, call.SpanStart) is not { } provider)
        {
            return null;
        }
        var argument = call.ArgumentList.Arguments[0].Expression;
        var delay = argument.WithoutTrivia().ToString();
        if (model.GetTypeInfo(argument, cancellationToken).Type?.SpecialType == SpecialType.System_Int32)
        {
            delay = $"TimeSpan.FromMilliseconds({delay})";
        }
        var arguments = new List<string> { delay, provider.ToString() };
        if (InScope.CancellationToken(model, call.SpanStart) is { } token)
        {
            arguments.Add(token);
        }
        return SyntaxFactory.ParseExpression($"await Task.Delay({string.Join(", ", arguments)})");
    }
}
