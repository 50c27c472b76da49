using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>
/// A call that starts a line of control: <c>Simulation.Start(name, body)</c> or <c>Scope.Start(name, body)</c>. The body
/// (a lambda or a method group) is where line code begins.
/// </summary>
internal sealed class LineStart
{
    private LineStart(CodeUnit body, string name, int position)
    {
        Body = body;
        Name = name;
        Position = position;
    }

    /// <summary>The line's body.</summary>
    public CodeUnit Body { get; }

    /// <summary>The line's name as written: the constant, or the source text of the expression that makes it.</summary>
    public string Name { get; }

    /// <summary>Where the start call is; lines are named in source order when several reach the same code.</summary>
    public int Position { get; }

    /// <summary>Reads a start call, or returns null when <paramref name="invocation"/> is not one.</summary>
    public static LineStart? Read(IInvocationOperation invocation, IReadOnlyCollection<INamedTypeSymbol> starters, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "Start" || !starters.Any(t => SymbolEqualityComparer.Default.Equals(t, method.ContainingType.OriginalDefinition)))
        {
            return null;
        }
        string? name = null;
        CodeUnit? body = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.TypeKind == TypeKind.Delegate)
            {
                body = BodyOf(argument.Value, cancellationToken);
            }
            else if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                name = argument.Value.ConstantValue is { HasValue: true, Value: string constant } ? constant : argument.Value.Syntax.ToString();
            }
        }
        return body is { } found ? new LineStart(found, name ?? "?", invocation.Syntax.SpanStart) : null;
    }

    private static CodeUnit? BodyOf(IOperation value, CancellationToken cancellationToken)
    {
        while (value is IConversionOperation or IDelegateCreationOperation or IParenthesizedOperation)
        {
            value = value switch
            {
                IConversionOperation conversion => conversion.Operand,
                IDelegateCreationOperation creation => creation.Target,
                _ => ((IParenthesizedOperation)value).Operand,
            };
        }
        return value switch
        {
            IAnonymousFunctionOperation lambda => new CodeUnit(lambda.Syntax),
            IMethodReferenceOperation reference => CodeUnit.Of(reference.Method, cancellationToken).Cast<CodeUnit?>().FirstOrDefault(),
            _ => null,
        };
    }
}
