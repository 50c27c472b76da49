using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>The APIs that break a simulation's determinism when they run on a line of control, and the rule each breaks.</summary>
internal static class Hazard
{
    /// <summary>The rule an invocation breaks, if any, with the name the message gives it.</summary>
    public static (DiagnosticDescriptor Descriptor, string What)? OfInvocation(IInvocationOperation invocation, KnownTypes known)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var what = $"{type.Name}.{method.Name}";
        if ((KnownTypes.Is(type, known.Task) && method.Name == "Run")
            || ((KnownTypes.Is(type, known.TaskFactory) || KnownTypes.Is(type, known.TaskFactoryOfT)) && method.Name == "StartNew")
            || (KnownTypes.Is(type, known.ThreadPool) && method.Name.EndsWith("QueueUserWorkItem", StringComparison.Ordinal)))
        {
            return (Descriptors.TaskRun, what);
        }
        if (method.Name == "ConfigureAwait" && LeavesContext(invocation))
        {
            return (Descriptors.ConfigureAwaitFalse, "ConfigureAwait(false)");
        }
        if (IsBlocking(method, known))
        {
            return (Descriptors.BlockingWait, method.Name == "GetResult" ? "GetAwaiter().GetResult()" : what);
        }
        if (KnownTypes.Is(type, known.Thread) && method.Name == "Sleep")
        {
            return (Descriptors.ThreadSleep, what);
        }
        if (KnownTypes.Is(type, known.Stopwatch) && method.IsStatic)
        {
            return (Descriptors.Stopwatch, what);
        }
        if (KnownTypes.Is(type, known.Parallel) || (KnownTypes.Is(type, known.ParallelEnumerable) && method.Name == "AsParallel"))
        {
            return (Descriptors.ParallelLoop, what);
        }
        return null;
    }

    /// <summary>The rule a property read breaks, if any.</summary>
    public static (DiagnosticDescriptor Descriptor, string What)? OfProperty(IPropertyReferenceOperation reference, KnownTypes known)
    {
        var property = reference.Property;
        var type = property.ContainingType;
        var what = $"{type.Name}.{property.Name}";
        if (property.Name == "Result" && (KnownTypes.Is(type, known.TaskOfT) || KnownTypes.Is(type, known.ValueTaskOfT)))
        {
            return (Descriptors.BlockingWait, what);
        }
        if ((type.SpecialType == SpecialType.System_DateTime && property.Name is "Now" or "UtcNow" or "Today")
            || (KnownTypes.Is(type, known.DateTimeOffset) && property.Name is "Now" or "UtcNow"))
        {
            return (Descriptors.WallClock, what);
        }
        if (KnownTypes.Is(type, known.Environment) && property.Name is "TickCount" or "TickCount64")
        {
            return (Descriptors.Stopwatch, what);
        }
        if (KnownTypes.Is(type, known.Random) && property.Name == "Shared")
        {
            return (Descriptors.UnseededRandom, what);
        }
        return null;
    }

    /// <summary>The rule an object creation breaks, if any.</summary>
    public static (DiagnosticDescriptor Descriptor, string What)? OfCreation(IObjectCreationOperation creation, KnownTypes known)
    {
        var type = creation.Type;
        if (KnownTypes.Is(type, known.Random) && creation.Arguments.Length == 0)
        {
            return (Descriptors.UnseededRandom, "new Random()");
        }
        if (KnownTypes.Is(type, known.Stopwatch))
        {
            return (Descriptors.Stopwatch, "new Stopwatch()");
        }
        return null;
    }

    private static bool IsBlocking(IMethodSymbol method, KnownTypes known)
    {
        var type = method.ContainingType;
        return method.Name switch
        {
            "Wait" => known.IsTask(type) || KnownTypes.Is(type, known.SemaphoreSlim),
            "WaitAll" or "WaitAny" => KnownTypes.Is(type, known.Task),
            // task.GetAwaiter().GetResult(), and the same on ValueTask's and ConfigureAwait's awaiters.
            "GetResult" => type.ContainingNamespace.ToDisplayString() == "System.Runtime.CompilerServices"
                && type.Name.EndsWith("Awaiter", StringComparison.Ordinal),
            _ => false,
        };
    }

    // ConfigureAwait(false), or ConfigureAwait(options) without ConfigureAwaitOptions.ContinueOnCapturedContext (1).
    private static bool LeavesContext(IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length == 0)
        {
            return false;
        }
        // The last argument: extension forms (IAsyncEnumerable, IAsyncDisposable) pass the receiver first.
        var constant = invocation.Arguments[invocation.Arguments.Length - 1].Value.ConstantValue;
        return constant.HasValue && constant.Value switch
        {
            bool continueOnContext => !continueOnContext,
            int options => (options & 1) == 0,
            _ => false,
        };
    }
}
