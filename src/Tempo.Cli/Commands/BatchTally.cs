using Tempo.Chess.Batch;

namespace Tempo.Cli.Commands;

/// <summary>
/// Writes a batch's JSON lines as they come (each flushed, so Ctrl-C or a kill keeps every finished line), counts them
/// by verdict for the summary and moves the progress bar.
/// </summary>
internal sealed class BatchTally(CliContext context, TextWriter writer, ProgressBar progress)
{
    private readonly int[] _counts = new int[Enum.GetValues<BatchVerdict>().Length];

    public int Count(BatchVerdict verdict) => _counts[(int)verdict];

    public void Write(string json, BatchVerdict verdict, string? error)
    {
        writer.WriteLine(json);
        writer.Flush();
        if (error is not null)
        {
            context.Error.WriteLine($"tempo: {error}");
        }
        _counts[(int)verdict]++;
        progress.Advance(Count(BatchVerdict.Passed), Count(BatchVerdict.Failed) + Count(BatchVerdict.Unreadable));
    }

    /// <summary><c>N passed, M failed[, K unreadable][, T out of time][, S skipped: no mateInN theme][ (R already in F)]</c>.</summary>
    public string Summary(int resumed, string? outPath)
    {
        string summary = $"{Count(BatchVerdict.Passed)} passed, {Count(BatchVerdict.Failed)} failed";
        if (Count(BatchVerdict.Unreadable) > 0)
        {
            summary += $", {Count(BatchVerdict.Unreadable)} unreadable";
        }
        if (Count(BatchVerdict.OutOfTime) > 0)
        {
            summary += $", {Count(BatchVerdict.OutOfTime)} out of time";
        }
        if (Count(BatchVerdict.Skipped) > 0)
        {
            summary += $", {Count(BatchVerdict.Skipped)} skipped: no mateInN theme (--prove-all proves them)";
        }
        if (resumed > 0)
        {
            summary += $" ({resumed} already in {outPath})";
        }
        return summary;
    }
}
