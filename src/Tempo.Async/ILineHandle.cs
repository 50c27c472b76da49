namespace Tempo.Async;

/// <summary>The public face of a line, which turns the body's task into the line's completion.</summary>
internal interface ILineHandle
{
    /// <summary>Completes the public completion task from the finished body task.</summary>
    void Complete(Task body);
}
