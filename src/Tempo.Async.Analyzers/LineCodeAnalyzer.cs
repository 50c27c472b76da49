using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>
/// Flags APIs that break a Tempo.Async simulation's determinism when they run on a line of control. Line code is the
/// body passed to <c>Simulation.Start</c> or <c>Scope.Start</c> (a lambda or a method group) and everything it
/// reaches in this compilation: the lambdas and local functions inside it, and the methods, constructors and
/// property accessors it calls or references, transitively. The same call anywhere else is not flagged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LineCodeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [
        Descriptors.TaskRun, Descriptors.ConfigureAwaitFalse, Descriptors.BlockingWait, Descriptors.ThreadSleep,
        Descriptors.LockAcrossAwait, Descriptors.WallClock, Descriptors.Stopwatch, Descriptors.UnseededRandom,
        Descriptors.ParallelLoop, Descriptors.InexactDelay, Descriptors.UnwatchedWait];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.Resolve(start.Compilation) is not { } known)
            {
                return;
            }
            // Built on the first hazard only: a compilation without one never pays for the walk.
            var lines = new Lazy<IReadOnlyDictionary<CodeUnit, string>>(
                () => LineGraph.LinesOf(start.Compilation, known, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (Hazard.OfInvocation(invocation, known) is { } found)
                {
                    Report(c, lines, found.Descriptor, found.What);
                }
                else if (IsLockEntry(invocation, known) && Unit(c) is { } unit && LockAcrossAwait.Holds(invocation, unit, known))
                {
                    Report(c, lines, Descriptors.LockAcrossAwait, $"{invocation.TargetMethod.ContainingType.Name}.{invocation.TargetMethod.Name}");
                }
                else if (InexactDelay.OfInvocation(invocation, known) is { } inexact)
                {
                    Report(c, lines, Descriptors.InexactDelay, $"{invocation.TargetMethod.ContainingType.Name}.{invocation.TargetMethod.Name}", inexact.Delay, inexact.Consequence);
                }
                else if (UnwatchedWait.OfInvocation(invocation, known) is { } unwatched)
                {
                    Report(c, lines, Descriptors.UnwatchedWait, unwatched.What, unwatched.Kind, unwatched.Instead);
                }
            }, OperationKind.Invocation);
            start.RegisterOperationAction(c =>
            {
                if (Hazard.OfProperty((IPropertyReferenceOperation)c.Operation, known) is { } found)
                {
                    Report(c, lines, found.Descriptor, found.What);
                }
            }, OperationKind.PropertyReference);
            start.RegisterOperationAction(c =>
            {
                var creation = (IObjectCreationOperation)c.Operation;
                if (Hazard.OfCreation(creation, known) is { } found)
                {
                    Report(c, lines, found.Descriptor, found.What);
                }
                else if (InexactDelay.OfCreation(creation, known) is { } inexact)
                {
                    Report(c, lines, Descriptors.InexactDelay, "new PeriodicTimer", inexact.Delay, inexact.Consequence);
                }
            }, OperationKind.ObjectCreation);
        });
    }

    private static bool IsLockEntry(IInvocationOperation invocation, KnownTypes known) =>
        invocation.TargetMethod.Name is "Enter" or "TryEnter"
        && (KnownTypes.Is(invocation.TargetMethod.ContainingType, known.Monitor) || KnownTypes.Is(invocation.TargetMethod.ContainingType, known.Lock));

    private static SyntaxNode? Unit(OperationAnalysisContext context) =>
        CodeUnit.EnclosingDeclaration(context.Operation, context.ContainingSymbol, context.CancellationToken);

    private static void Report(OperationAnalysisContext context, Lazy<IReadOnlyDictionary<CodeUnit, string>> lines, DiagnosticDescriptor descriptor, string what, params string[] more)
    {
        if (Unit(context) is { } declaration && lines.Value.TryGetValue(new CodeUnit(declaration), out var line))
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, context.Operation.Syntax.GetLocation(), [what, line, .. more]));
        }
    }
}
