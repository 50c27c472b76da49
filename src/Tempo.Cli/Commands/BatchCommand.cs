using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Tempo.Chess.Batch;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>
/// `tempo chess batch FILE [--out F.jsonl] [--time-per S] [--threads K] [--max N] [--resume]`: solves every position
/// of an EPD or Lichess CSV file, one JSON line each (flushed as it is written), then `N passed, M failed`.
/// </summary>
public static class BatchCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "EPD (dm N or bm #N; stip h#2), Lichess puzzle CSV (theme mateInN), PGN (.pgn: each game's [FEN] or final position), a stipulation file (.tsv: stipulation, FEN, answer, source) or a Popeye problem file (.inp: every twin)" };
        var output = new Option<string>("--out") { Description = "Write the JSON lines to this file instead of standard output" };
        var timePer = SolveOptions.Seconds("--time-per", "Time limit per position in seconds (default none)");
        var threads = SolveOptions.Threads("Worker threads per solve (default 1)");
        var max = SolveOptions.Max("Move limit for positions without a known distance (default 8)");
        var hash = SolveOptions.Hash($"Transposition table size in MiB per solve, 1 to {SolveOptionText.MaxHashMegabytes} (default 64)");
        var stip = SolveOptions.Stip("#N (directmates, default), s#N (selfmates; N is the move limit for positions without a known distance) or h#N / h#N.5 (helpmates: every solution); lines that give their own stipulation keep it");
        var resume = new Option<bool>("--resume") { Description = "Skip positions whose line number is already in the --out file, and append" };
        var command = new Command("batch", "Solves an EPD or Lichess-CSV file: progress bar, one JSON line per position, summary")
        {
            file, output, timePer, threads, max, stip, hash, resume,
        };
        var scale = BatchScaleOptions.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            var outPath = parse.GetValue(output);
            bool resuming = parse.GetValue(resume);
            var stipulation = parse.GetValue(stip);
            var options = new BatchOptions
            {
                Selfmate = stipulation?.Kind == StipulationKind.Self,
                Stipulation = stipulation is { Kind: StipulationKind.Help } ? stipulation : null,
                TimePerPosition = parse.GetValue(timePer),
                Threads = parse.GetValue(threads),
                MaxMoves = stipulation is { Kind: not StipulationKind.Help } given ? given.Moves : parse.GetValue(max),
                TableMegabytes = parse.GetValue(hash),
            };
            options = scale.Apply(options, parse);
            if (resuming && outPath is null)
            {
                throw new InputException("--resume: needs --out, the file to resume");
            }
            if (!File.Exists(path))
            {
                throw new InputException($"{path}: no such file");
            }
            var done = resuming ? LinesAlreadyWritten(outPath!) : [];
            // Read the whole file first so a bad CSV header is reported before anything is written.
            var entries = BatchReader.Read(File.ReadAllLines(path), Path.GetFileName(path)).ToList();
            var todo = entries.Where(e => !done.Contains(e.LineNumber)).ToList();
            if (scale.ClusterRequested(parse) && (options.Stipulation is not null || todo.Any(e => e.Stipulation is { Kind: not StipulationKind.Direct })))
            {
                throw new InputException("--cluster: helpmates and per-line stipulations are solved in this process; leave out --cluster");
            }

            using var cancel = new CtrlC();
            TextWriter? fileWriter = outPath is null ? null : new StreamWriter(outPath, append: resuming);
            var writer = fileWriter ?? context.Output;
            using var progress = new ProgressBar(context, todo.Count, enabled: ProgressBar.CanShow(context));
            var tally = new BatchTally(context, writer, progress);
            var workspace = new SolverWorkspace();
            try
            {
                foreach (var entry in scale.TryRunOnCluster(parse, todo, options, tally, cancel.Token) ? [] : todo)
                {
                    if (cancel.IsCancellationRequested)
                    {
                        break;
                    }
                    var outcome = BatchSolver.Solve(entry, options, workspace, cancel.Token);
                    if (cancel.IsCancellationRequested && outcome.OutOfTime)
                    {
                        // Interrupted mid-solve: leave the line out so --resume solves it again.
                        break;
                    }
                    tally.Write(outcome.ToJson(), outcome.Verdict, outcome.Error);
                }
            }
            finally
            {
                fileWriter?.Dispose();
                progress.Finish();
            }
            context.Output.WriteLine(tally.Summary(done.Count, outPath));
            context.Output.Flush();
            if (cancel.IsCancellationRequested)
            {
                return ExitCodes.Interrupted;
            }
            return tally.Count(BatchVerdict.Unreadable) > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }

    private static HashSet<int> LinesAlreadyWritten(string outPath)
    {
        var done = new HashSet<int>();
        if (!File.Exists(outPath))
        {
            return done;
        }
        DropTornLastLine(outPath);
        foreach (var line in File.ReadLines(outPath))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("lineNumber", out var number) && number.TryGetInt32(out int value))
                {
                    done.Add(value);
                }
            }
            catch (JsonException)
            {
                // A line cut short by an interrupted run: its position is solved again.
            }
        }
        return done;
    }

    /// <summary>A run killed while writing leaves a last line without its newline: cut it off so appending starts clean.</summary>
    private static void DropTornLastLine(string outPath)
    {
        using var stream = new FileStream(outPath, FileMode.Open, FileAccess.ReadWrite);
        long length = stream.Length;
        long end = length;
        while (end > 0)
        {
            stream.Position = end - 1;
            if (stream.ReadByte() == '\n')
            {
                break;
            }
            end--;
        }
        if (end < length)
        {
            stream.SetLength(end);
        }
    }
}
