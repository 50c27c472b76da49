namespace Tempo.Web.Hosting;

/// <summary>Every slot for solves, sweeps and batches is taken and the queue is full (HTTP 429 with a Retry-After header).</summary>
public sealed class TooBusyException(string message, TimeSpan retryAfter) : Exception(message)
{
    /// <summary>How long the client should wait before asking again.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
