using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>
/// <c>Monitor.Enter</c> / <c>TryEnter</c> or <c>Lock.Enter</c> / <c>TryEnter</c> followed, in the same function, by an
/// await before the matching <c>Exit</c> (or with no <c>Exit</c> after it). A <c>lock</c> statement cannot contain an
/// await (the compiler refuses it, CS1996), so only these explicit forms can hold a lock across one.
/// </summary>
internal static class LockAcrossAwait
{
    /// <summary>Whether <paramref name="invocation"/> enters a lock that is still held at a later await of <paramref name="function"/>.</summary>
    public static bool Holds(IInvocationOperation invocation, SyntaxNode function, KnownTypes known)
    {
        var method = invocation.TargetMethod;
        var isMonitor = KnownTypes.Is(method.ContainingType, known.Monitor);
        if (!(isMonitor || KnownTypes.Is(method.ContainingType, known.Lock)) || method.Name is not ("Enter" or "TryEnter"))
        {
            return false;
        }
        var lockText = LockText(invocation.Syntax, isMonitor);
        if (lockText is null)
        {
            return false;
        }
        var start = invocation.Syntax.Span.End;
        var ownCode = OwnCode(function).ToList();
        var exit = ownCode
            .OfType<InvocationExpressionSyntax>()
            .Where(c => c.SpanStart >= start && c.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Exit" } && LockText(c, isMonitor) == lockText)
            .Select(c => c.SpanStart)
            .DefaultIfEmpty(int.MaxValue)
            .Min();
        return ownCode.Any(n => IsAwait(n) && n.SpanStart >= start && n.SpanStart < exit);
    }

    // What is locked, as written: Monitor's first argument, or the Lock's receiver.
    private static string? LockText(SyntaxNode call, bool isMonitor)
    {
        if (call is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
        {
            return null;
        }
        if (isMonitor)
        {
            return invocation.ArgumentList.Arguments.Count > 0 ? invocation.ArgumentList.Arguments[0].Expression.ToString() : null;
        }
        return access.Expression.ToString();
    }

    private static bool IsAwait(SyntaxNode node) => node switch
    {
        AwaitExpressionSyntax => true,
        ForEachStatementSyntax forEach => forEach.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword),
        UsingStatementSyntax usingStatement => usingStatement.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword),
        LocalDeclarationStatementSyntax declaration => declaration.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword),
        _ => false,
    };

    // The function's nodes without those of the lambdas and local functions inside it: their awaits are their own.
    private static IEnumerable<SyntaxNode> OwnCode(SyntaxNode function) =>
        function.DescendantNodes(n => n == function || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));
}
