namespace Tempo.Web;

/// <summary>Where `tempo serve` listens and how much one request may ask of it.</summary>
public sealed record ServerOptions
{
    /// <summary>The address to bind; loopback unless the user says otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 5170;

    /// <summary>The largest request body accepted (a play file, a FEN, options).</summary>
    public long MaxRequestBytes { get; init; } = 256 * 1024;

    /// <summary>The longest a solve may run; a request asking for more is refused, one asking for nothing gets this.</summary>
    public TimeSpan SolveTimeCap { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The longest a sweep may run.</summary>
    public TimeSpan SweepTimeCap { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Solves, sweeps and batches running at once (the cores, at least 2); more wait in the queue. Each solve holds its own
    /// transposition table (64 MiB by default), so this bounds the server's memory as well as its CPU.
    /// </summary>
    public int MaxConcurrentJobs { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Solves, sweeps and batches that may wait for a running slot, told their place as it changes; one more is refused with HTTP 429 and Retry-After.</summary>
    public int MaxQueuedJobs { get; init; } = 64;

    /// <summary>The most worker threads one solve or sweep may use.</summary>
    public int MaxThreadsPerJob { get; init; } = Environment.ProcessorCount;

    /// <summary>The most runs one sweep may ask for.</summary>
    public int MaxSweepRuns { get; init; } = 100_000;

    /// <summary>The largest batch file accepted (EPD, Lichess CSV or PGN).</summary>
    public long MaxBatchBytes { get; init; } = 1024 * 1024;

    /// <summary>The most positions one batch may hold.</summary>
    public int MaxBatchPositions { get; init; } = 1000;

    /// <summary>The longest one batch position may be proven; a request asking for more is refused, one asking for nothing gets <see cref="BatchDefaultTimePerPosition"/>.</summary>
    public TimeSpan BatchTimePerPositionCap { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The time per position of a batch request that gives none.</summary>
    public TimeSpan BatchDefaultTimePerPosition { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a whole batch may run.</summary>
    public TimeSpan BatchTimeCap { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a running solve or sweep reports progress.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(200);
}
