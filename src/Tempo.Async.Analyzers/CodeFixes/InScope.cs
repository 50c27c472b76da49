using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tempo.Async.Analyzers.CodeFixes;

/// <summary>The simulation's services that the code at a position can name: its clock, its random source, a token.</summary>
internal static class InScope
{
    /// <summary>An expression for the simulation's TimeProvider: <c>sim.TimeProvider</c>, or a TimeProvider variable.</summary>
    public static ExpressionSyntax? TimeProvider(SemanticModel model, int position)
    {
        if (Named(model, position, "Tempo.Async.Simulation") is { } simulation)
        {
            return SyntaxFactory.ParseExpression(simulation + ".TimeProvider");
        }
        return Named(model, position, "System.TimeProvider") is { } provider ? SyntaxFactory.IdentifierName(provider) : null;
    }

    /// <summary>An expression for the simulation's seeded random source, <c>sim.Random</c>.</summary>
    public static ExpressionSyntax? Random(SemanticModel model, int position) =>
        Named(model, position, "Tempo.Async.Simulation") is { } simulation ? SyntaxFactory.ParseExpression(simulation + ".Random") : null;

    /// <summary>A CancellationToken the code can pass on (the line's token, usually), if there is one.</summary>
    public static string? CancellationToken(SemanticModel model, int position) =>
        Named(model, position, "System.Threading.CancellationToken");

    /// <summary>Whether the function around <paramref name="node"/> is async, so that an await can go there.</summary>
    public static bool InAsyncFunction(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax lambda:
                    return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax local:
                    return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MemberDeclarationSyntax:
                    return false;
            }
        }
        return false;
    }

    // The nearest local or parameter of the type declared before the position, else a field or property of it.
    private static string? Named(SemanticModel model, int position, string typeName)
    {
        var type = model.Compilation.GetTypeByMetadataName(typeName);
        if (type is null)
        {
            return null;
        }
        var candidates = model.LookupSymbols(position)
            .Where(s => SymbolEqualityComparer.Default.Equals(TypeOf(s), type))
            .Where(s => s is not ILocalSymbol local || local.Locations.All(l => l.SourceSpan.Start < position))
            .OrderBy(s => s is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .ThenByDescending(s => s.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1)
            .ToList();
        return candidates.Count == 0 ? null : candidates[0].Name;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };
}
