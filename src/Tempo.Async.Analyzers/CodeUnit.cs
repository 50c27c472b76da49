using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Tempo.Async.Analyzers;

/// <summary>
/// A piece of code that runs as a whole when called: a method, accessor or constructor, a local function, or a
/// lambda. It is known by its declaration's place in the source, the same from every semantic model.
/// </summary>
internal readonly struct CodeUnit : IEquatable<CodeUnit>
{
    public CodeUnit(SyntaxNode declaration)
    {
        Tree = declaration.SyntaxTree;
        Span = declaration.Span;
    }

    public SyntaxTree Tree { get; }

    public TextSpan Span { get; }

    /// <summary>The unit the operation's code belongs to: its nearest enclosing lambda or local function, else the member.</summary>
    public static SyntaxNode? EnclosingDeclaration(IOperation operation, ISymbol containingSymbol, CancellationToken cancellationToken)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return parent.Syntax;
            }
        }
        var member = containingSymbol;
        while (member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && member.ContainingSymbol is { } outer)
        {
            member = outer;
        }
        var references = member.DeclaringSyntaxReferences;
        return references.Length == 0 ? null : references[0].GetSyntax(cancellationToken);
    }

    /// <summary>The units a call or reference to <paramref name="method"/> runs: its source declarations in this compilation.</summary>
    public static IEnumerable<CodeUnit> Of(IMethodSymbol? method, CancellationToken cancellationToken)
    {
        if (method is null)
        {
            yield break;
        }
        var definition = method.PartialImplementationPart ?? method.OriginalDefinition;
        foreach (var reference in definition.DeclaringSyntaxReferences)
        {
            yield return new CodeUnit(reference.GetSyntax(cancellationToken));
        }
    }

    public bool Equals(CodeUnit other) => Tree == other.Tree && Span == other.Span;

    public override bool Equals(object? obj) => obj is CodeUnit other && Equals(other);

    public override int GetHashCode() => (Tree.GetHashCode() * 31) + Span.GetHashCode();
}
