using System.Diagnostics;
using Tempo.Chess;
using Tempo.Chess.Diagrams;
using Tempo.Chess.Solving;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Output;
using Tempo.Timeline;
using Trace = Tempo.Timeline.Trace;

namespace Tempo.Cli.Demo;

/// <summary>
/// `tempo demo`: the chapter's three ideas in one run — the chess puzzle solved synchronously (Table 1.1),
/// the soccer play simulated asynchronously and then sequentially, and their lines of control drawn side by side.
/// </summary>
public sealed class ChapterDemo(TextWriter output, string outputDirectory)
{
    private readonly List<(string Path, string What)> _written = [];

    public int Run(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(outputDirectory);
        output.WriteLine("Tempo demo: the chapter end to end");
        output.WriteLine();

        var traces = new List<Trace>();
        traces.AddRange(SolveChessPuzzle(cancellationToken));
        traces.AddRange(RunSoccerPlay());
        WriteCombinedTimeline(traces);

        output.WriteLine("Files");
        foreach (var (path, what) in _written)
        {
            output.WriteLine($"  {path}  {what}");
        }
        output.WriteLine();
        output.WriteLine($"demo finished in {clock.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Ok;
    }

    private IEnumerable<Trace> SolveChessPuzzle(CancellationToken cancellationToken)
    {
        var puzzle = BookPuzzle.Load();
        output.WriteLine("1. Synchronous: the chess puzzle (Figure 1.2), one line of control");
        output.WriteLine($"   {puzzle.Fen}");
        output.WriteLine();

        var proof = MateSolver.Solve(puzzle.Position, new MateSolverOptions { MaxMoves = 5, TraceName = "chess solver (1 thread)" }, cancellationToken);
        var chapter = MateSolver.Solve(puzzle.Position, new MateSolverOptions { MaxMoves = 5, Line = BookPuzzle.ChapterLine }, cancellationToken);
        output.WriteLine("Table 1.1: Solution for the chess puzzle (--line \"Nd4 Be6\")");
        output.Write(chapter.FormatTable());
        output.WriteLine();

        var parallel = MateSolver.Solve(puzzle.Position, new MateSolverOptions { MaxMoves = 5, Threads = 2, TraceName = "chess solver (--threads 2)" }, cancellationToken);
        if (parallel.MateIn != proof.MateIn || !parallel.Keys.SequenceEqual(proof.Keys))
        {
            throw new InvalidOperationException("the 2-thread solve disagrees with the 1-thread solve");
        }

        Write("board.svg", BoardSvg.Render(puzzle.Position, caption: "White to play and mate in 3"), "the puzzle's board diagram");
        return [proof.Trace, parallel.Trace];
    }

    /// <summary>Variations per sweep in the demo: enough for a tight interval, under half a second.</summary>
    private const int SweepRuns = 500;

    private IEnumerable<Trace> RunSoccerPlay()
    {
        output.WriteLine("2. Asynchronous: the soccer play (Figures 1.3-1.5), every player a line of control");
        var concurrent = BookPlay.Run(new RunOptions());
        output.WriteLine(concurrent.FormatOutcome());
        output.WriteLine();
        output.Write(concurrent.FormatStepTable());
        output.WriteLine();

        output.WriteLine("3. The same play, sequentially: the attack's lines take turns, one at a time");
        var sequential = BookPlay.Run(new RunOptions { Sequential = true });
        output.WriteLine(sequential.FormatOutcome());
        if (sequential.Explanation is { } why)
        {
            output.WriteLine(why);
        }
        output.WriteLine();
        output.Write(sequential.FormatStepTable());
        output.WriteLine();

        // One play is one roll of the dice: the same seeded variations show how often each way scores.
        var play = BookPlay.Load();
        foreach (var turns in new[] { false, true })
        {
            var sweep = PlaySweep.Run(play, new SweepOptions { Runs = SweepRuns, Threads = Environment.ProcessorCount, Seed = play.Seed, Sequential = turns }, BookPlay.Scripts);
            output.Write(sweep.Format().Split('\n')[0] + Environment.NewLine);
        }
        output.WriteLine();

        var soccerDirectory = Path.Combine(outputDirectory, "soccer");
        foreach (var path in PlayOutputWriter.WriteAll(concurrent, soccerDirectory))
        {
            _written.Add((path, DescribeSoccerFile(Path.GetFileName(path), "play")));
        }
        foreach (var path in PlayOutputWriter.WriteAll(sequential, Path.Combine(soccerDirectory, "sequential")))
        {
            _written.Add((path, DescribeSoccerFile(Path.GetFileName(path), "sequential play")));
        }
        return [concurrent.Trace, sequential.Trace];
    }

    private void WriteCombinedTimeline(IReadOnlyList<Trace> traces)
    {
        output.WriteLine("4. Lines of control");
        foreach (var trace in traces)
        {
            output.WriteLine($"   {trace.Name}: {trace.Lines.Count} line{(trace.Lines.Count == 1 ? "" : "s")}, {TimeFormat.Seconds(trace.Duration)} s");
        }
        output.WriteLine();
        Write("timeline.svg", SvgTimelineRenderer.Render(traces, new SvgTimelineOptions { Title = "Lines of control: chess solver (wall clock), soccer play concurrent and sequential (virtual time)", ScalePerTrace = true }), "all lines of control side by side");
        Write("trace.json", ChromeTraceWriter.Write(traces), "the same as Chrome trace JSON (open in Perfetto or chrome://tracing)");
    }

    private void Write(string name, string content, string what)
    {
        var path = Path.Combine(outputDirectory, name);
        File.WriteAllText(path, content);
        _written.Add((path, what));
    }

    private static string DescribeSoccerFile(string name, string play) => name switch
    {
        "play.html" => $"the {play} as an HTML animation (play, pause, scrub)",
        "timeline.svg" => $"the {play}'s lines of control",
        "trace.json" => $"the {play}'s Chrome trace",
        "events.json" => $"the {play}'s event log",
        _ when name.StartsWith("phase-", StringComparison.Ordinal) => $"the {play}'s {Path.GetFileNameWithoutExtension(name)} frame",
        _ => "",
    };
}
