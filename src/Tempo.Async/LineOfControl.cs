using System.Runtime.CompilerServices;
using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// A named line of control running on a <see cref="Simulation"/>. Other lines can await it (<c>await line</c>), which
/// records that they wait for it, rethrows its exception and can be interrupted.
/// </summary>
public sealed class LineOfControl : ILineHandle
{
    private readonly TaskCompletionSource _completion = new();

    internal LineOfControl(Line line)
    {
        Line = line;
        line.Handle = this;
    }

    /// <summary>The name given when the line started: it labels the line's row in the trace and names the line in errors.</summary>
    public string Name => Line.Name;

    /// <summary>Completes when the line has finished; faulted or cancelled as the line ended. Taking it means you handle a fault.</summary>
    public Task Completion
    {
        get
        {
            Line.Observed = true;
            return _completion.Task;
        }
    }

    /// <summary>Whether the line has finished and its completion is set.</summary>
    public bool IsCompleted => _completion.Task.IsCompleted;

    /// <summary>What the line did and when.</summary>
    public LineOfControlTrace Trace => Line.Trace;

    /// <summary>The token passed to the line's body; cancelled by <see cref="Cancel"/> or by its scope.</summary>
    public CancellationToken Token => Line.Token;

    internal Line Line { get; }

    /// <summary>Requests cancellation of the line: its waits that take its token end with <see cref="OperationCanceledException"/>.</summary>
    public void Cancel() => Line.Simulation.Lines.Cancel(Line);

    /// <summary>Throws an <see cref="InterruptException"/> into the line at its current wait (SimPy's <c>interrupt()</c>).</summary>
    public void Interrupt(object? cause = null) => Line.Simulation.Lines.Interrupt(Line, cause);

    /// <summary>Awaits the line from another line; outside the simulation only a finished line can be awaited.</summary>
    public TaskAwaiter GetAwaiter()
    {
        Line.Observed = true;
        return Line.Simulation.Lines.AwaitLine<bool>(Line, _completion.Task).GetAwaiter();
    }

    void ILineHandle.Complete(Task body)
    {
        if (body.IsFaulted)
        {
            _completion.TrySetException(body.Exception!.InnerExceptions);
        }
        else if (body.IsCanceled)
        {
            _completion.TrySetCanceled(Line.Token);
        }
        else
        {
            _completion.TrySetResult();
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
