using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>
/// Which code of a compilation runs on lines of control, and on which line: where lines start, and which code units
/// each unit calls, contains or references. The units reachable from a line's body are line code.
/// </summary>
internal sealed class LineGraph
{
    private readonly List<LineStart> _starts = [];
    private readonly Dictionary<CodeUnit, List<CodeUnit>> _edges = [];

    private LineGraph()
    {
    }

    /// <summary>
    /// Reads every source file of the compilation once and returns each line-code unit with the line that reaches it:
    /// its own line for a line's body, else the first line in source order.
    /// </summary>
    public static IReadOnlyDictionary<CodeUnit, string> LinesOf(Compilation compilation, KnownTypes known, CancellationToken cancellationToken)
    {
        var graph = new LineGraph();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // A line's callers and callees live in other files: the whole compilation has to be read (RS1030).
#pragma warning disable RS1030
            var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (IsReference(node) && model.GetOperation(node, cancellationToken) is { } operation)
                {
                    graph.Add(operation, model, known, cancellationToken);
                }
            }
        }
        return graph.Reach();
    }

    private static bool IsReference(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax => true,
        MemberAccessExpressionSyntax access => access.Parent is not InvocationExpressionSyntax call || call.Expression != access,
        IdentifierNameSyntax name => name.Parent is not (MemberAccessExpressionSyntax or InvocationExpressionSyntax),
        _ => false,
    };

    private void Add(IOperation operation, SemanticModel model, KnownTypes known, CancellationToken cancellationToken)
    {
        while (operation is IConversionOperation or IDelegateCreationOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)operation).Target;
        }
        var targets = operation switch
        {
            IInvocationOperation invocation => CodeUnit.Of(invocation.TargetMethod, cancellationToken),
            IObjectCreationOperation creation => CodeUnit.Of(creation.Constructor, cancellationToken),
            IMethodReferenceOperation reference => CodeUnit.Of(reference.Method, cancellationToken),
            IPropertyReferenceOperation property => CodeUnit.Of(property.Property.GetMethod, cancellationToken).Concat(CodeUnit.Of(property.Property.SetMethod, cancellationToken)),
            IAnonymousFunctionOperation or ILocalFunctionOperation => [new CodeUnit(operation.Syntax)],
            _ => [],
        };
        if (operation is IInvocationOperation call && LineStart.Read(call, known.LineStarters, cancellationToken) is { } start)
        {
            _starts.Add(start);
        }
        var enclosing = model.GetEnclosingSymbol(operation.Syntax.SpanStart, cancellationToken);
        if (enclosing is null || CodeUnit.EnclosingDeclaration(operation, enclosing, cancellationToken) is not { } declaration)
        {
            return;
        }
        var from = new CodeUnit(declaration);
        if (!_edges.TryGetValue(from, out var edges))
        {
            _edges.Add(from, edges = []);
        }
        edges.AddRange(targets);
    }

    private Dictionary<CodeUnit, string> Reach()
    {
        var ordered = _starts.OrderBy(s => s.Body.Tree.FilePath, StringComparer.Ordinal).ThenBy(s => s.Position).ToList();
        var bodies = new HashSet<CodeUnit>(ordered.Select(s => s.Body));
        var lineOf = new Dictionary<CodeUnit, string>();
        foreach (var start in ordered)
        {
            if (lineOf.ContainsKey(start.Body))
            {
                continue;
            }
            var pending = new Queue<CodeUnit>();
            pending.Enqueue(start.Body);
            while (pending.Count > 0)
            {
                var unit = pending.Dequeue();
                // Another line's body (a line started inside this one) belongs to that line.
                if (lineOf.ContainsKey(unit) || (bodies.Contains(unit) && !unit.Equals(start.Body)))
                {
                    continue;
                }
                lineOf.Add(unit, start.Name);
                if (_edges.TryGetValue(unit, out var next))
                {
                    next.ForEach(pending.Enqueue);
                }
            }
        }
        return lineOf;
    }
}
