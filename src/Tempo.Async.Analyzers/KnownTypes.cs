using Microsoft.CodeAnalysis;

namespace Tempo.Async.Analyzers;

/// <summary>The framework and Tempo.Async types the rules look for, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation, IReadOnlyCollection<INamedTypeSymbol> lineStarters)
    {
        LineStarters = lineStarters;
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);
        Task = Get("System.Threading.Tasks.Task");
        TaskOfT = Get("System.Threading.Tasks.Task`1");
        ValueTaskOfT = Get("System.Threading.Tasks.ValueTask`1");
        TaskFactory = Get("System.Threading.Tasks.TaskFactory");
        TaskFactoryOfT = Get("System.Threading.Tasks.TaskFactory`1");
        Parallel = Get("System.Threading.Tasks.Parallel");
        ParallelEnumerable = Get("System.Linq.ParallelEnumerable");
        ThreadPool = Get("System.Threading.ThreadPool");
        Thread = Get("System.Threading.Thread");
        Monitor = Get("System.Threading.Monitor");
        Lock = Get("System.Threading.Lock");
        SemaphoreSlim = Get("System.Threading.SemaphoreSlim");
        DateTimeOffset = Get("System.DateTimeOffset");
        Stopwatch = Get("System.Diagnostics.Stopwatch");
        Environment = Get("System.Environment");
        Random = Get("System.Random");
        TimeSpan = Get("System.TimeSpan");
        TimeProvider = Get("System.TimeProvider");
        PeriodicTimer = Get("System.Threading.PeriodicTimer");
        ChannelReader = Get("System.Threading.Channels.ChannelReader`1");
        ChannelWriter = Get("System.Threading.Channels.ChannelWriter`1");
    }

    public IReadOnlyCollection<INamedTypeSymbol> LineStarters { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? TaskFactory { get; }

    public INamedTypeSymbol? TaskFactoryOfT { get; }

    public INamedTypeSymbol? Parallel { get; }

    public INamedTypeSymbol? ParallelEnumerable { get; }

    public INamedTypeSymbol? ThreadPool { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? Monitor { get; }

    public INamedTypeSymbol? Lock { get; }

    public INamedTypeSymbol? SemaphoreSlim { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol? Stopwatch { get; }

    public INamedTypeSymbol? Environment { get; }

    public INamedTypeSymbol? Random { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    public INamedTypeSymbol? TimeProvider { get; }

    public INamedTypeSymbol? PeriodicTimer { get; }

    public INamedTypeSymbol? ChannelReader { get; }

    public INamedTypeSymbol? ChannelWriter { get; }

    /// <summary>The known types, or null when the compilation does not use Tempo.Async (then nothing is a line).</summary>
    public static KnownTypes? Resolve(Compilation compilation)
    {
        var starters = new[] { "Tempo.Async.Simulation", "Tempo.Async.Scope" }
            .Select(compilation.GetTypeByMetadataName)
            .Where(t => t is not null)
            .Select(t => t!)
            .ToArray();
        return starters.Length == 0 ? null : new KnownTypes(compilation, starters);
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/> (generic types by their definition).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>Whether <paramref name="type"/> is Task, Task&lt;T&gt; or derives from Task.</summary>
    public bool IsTask(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (Is(t, Task))
            {
                return true;
            }
        }
        return false;
    }
}
