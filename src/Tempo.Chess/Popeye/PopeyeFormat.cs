using System.Globalization;
using System.Text;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>
/// Output in Popeye's text layout, so that a composer can put Tempo's answer beside Popeye's: the heading (remarks,
/// author, origin, title centred), the diagram, the stipulation with the piece count, each twin's heading, the
/// solutions (helpmates one per line, <c>1.Kf4-g5 h7-h8=B   2.Kg5-h4 Bh8*f6 #</c>; directmates and selfmates as a tree
/// with <c>!</c> keys, <c>?</c> tries, <c>threat:</c>, <c>zugzwang.</c> and <c>but</c>), and "solution finished."
/// Popeye's banner and its time are left out.
/// </summary>
public static class PopeyeFormat
{
    /// <summary>The closing line Popeye prints after a problem, without its time.</summary>
    public const string Finished = "solution finished.\n\n\n";

    /// <summary>
    /// What Popeye prints instead of the last empty line and "solution finished." when a twin stopped at option
    /// MaxSolutions (without its time).
    /// </summary>
    public const string Partial = "Partial solution\n\n\n";

    /// <summary>
    /// What Popeye prints in the same place when option MaxTime ran out before the problem was solved (without its
    /// time).
    /// </summary>
    public const string Interrupted = "solving interrupted.\n\n\n";

    /// <summary>The heading and diagram of a problem read from a Popeye file, set play as its option SetPlay says.</summary>
    public static string Header(PopeyeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Header(problem, problem.SetPlay);
    }

    /// <summary>
    /// The heading and diagram of a problem read from a Popeye file, with set play asked for or not
    /// (<paramref name="setPlay"/>: the file's option or the command line's): Popeye's lines for options that do not
    /// apply to the first twin come here (<see cref="PopeyeIgnored"/>).
    /// </summary>
    public static string Header(PopeyeProblem problem, bool setPlay)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var text = new StringBuilder();
        foreach (var remark in problem.Remarks)
        {
            text.Append(remark).Append('\n');
        }
        var first = problem.Twins[0];
        if (first.WhiteToPlayIgnored)
        {
            text.Append(PopeyeIgnored.WhiteToPlay).Append('\n');
        }
        text.Append('\n');
        foreach (var line in problem.Authors.Concat(problem.Origins).Concat(problem.Titles))
        {
            text.Append(' ', Math.Max(0, (37 - line.Length) / 2)).Append(line).Append('\n');
        }
        text.Append('\n');
        AppendDiagram(text, problem.Diagram, first.Stipulation);
        if (first.Label.Length == 0 && PopeyeIgnored.SetPlayIgnored(first.Stipulation, setPlay))
        {
            text.Append(PopeyeIgnored.SetPlay).Append('\n');
        }
        return text.Append('\n').ToString();
    }

    /// <summary>The heading and diagram of a position given as FEN.</summary>
    public static string Header(Position position, Stipulation stipulation)
    {
        var text = new StringBuilder("\n\n");
        AppendDiagram(text, PopeyeBoard.Of(position), stipulation);
        return text.Append('\n').ToString();
    }

    /// <summary>A twin's heading (<c>b) wQd1--&gt;d2  </c> and an empty line), or nothing for a problem without twins.</summary>
    public static string TwinHeading(PopeyeTwin twin) => TwinHeading(twin, setPlay: false);

    /// <summary>
    /// A twin's heading (<c>b) wQd1--&gt;d2  </c>, Popeye's line if set play was asked for but does not apply, and an
    /// empty line), or nothing for a problem without twins (<see cref="Header(PopeyeProblem, bool)"/> has them).
    /// </summary>
    public static string TwinHeading(PopeyeTwin twin, bool setPlay)
    {
        ArgumentNullException.ThrowIfNull(twin);
        if (twin.Label.Length == 0)
        {
            return "";
        }
        var ignored = PopeyeIgnored.SetPlayIgnored(twin.Stipulation, setPlay) ? PopeyeIgnored.SetPlay + "\n" : "";
        return $"{twin.Label}) {twin.Change}\n{ignored}\n";
    }

    /// <summary>A helpmate's solutions, one per line, then an empty line.</summary>
    public static string Helpmate(HelpmateResult result) => Helpmate(result, []);

    /// <summary>
    /// A helpmate's solutions as Popeye prints them: first the solutions in fewer moves (<paramref name="shorter"/>, the
    /// same position's h#1, h#2, … or h#0.5, h#1.5, …, shortest first), then the stipulated ones, then an empty line.
    /// </summary>
    public static string Helpmate(HelpmateResult result, IEnumerable<HelpmateResult> shorter)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(shorter);
        return Helpmate([.. shorter, result], setPlay: null, maxSolutions: null).Text;
    }

    /// <summary>
    /// A helpmate's play as Popeye prints it: the set play first when <paramref name="setPlay"/> is given (the diagram
    /// with the other side to move, one half-move shorter, shortest first; then an empty line), then
    /// <paramref name="play"/> (h#1, h#2, … up to the stipulation), then an empty line. Each of the two lists stops after
    /// <paramref name="maxSolutions"/> solutions in Popeye's order, and the block is then partial. A result stopped by
    /// its time limit makes the block interrupted (its solutions found so far are printed).
    /// </summary>
    public static PopeyeBlock Helpmate(IReadOnlyList<HelpmateResult> play, IReadOnlyList<HelpmateResult>? setPlay, int? maxSolutions)
    {
        ArgumentNullException.ThrowIfNull(play);
        var text = new StringBuilder();
        bool partial = false;
        if (setPlay is not null)
        {
            // The set play of h#N.5 is an h#N: White's first half-move is passed, "1...  ...  2.black white".
            partial = AppendSolutions(text, setPlay, maxSolutions, passed: setPlay.Count > 0 && !setPlay[^1].Stipulation.HalfMove);
            text.Append('\n');
        }
        partial |= AppendSolutions(text, play, maxSolutions, passed: false);
        text.Append('\n');
        bool interrupted = play.Any(r => !r.Complete) || setPlay is not null && setPlay.Any(r => !r.Complete);
        return new PopeyeBlock(text.ToString(), partial, interrupted);
    }

    /// <summary>Appends up to <paramref name="maxSolutions"/> solutions of the results in turn; true when that many were reached.</summary>
    private static bool AppendSolutions(StringBuilder text, IReadOnlyList<HelpmateResult> results, int? maxSolutions, bool passed)
    {
        int left = maxSolutions ?? int.MaxValue;
        foreach (var result in results)
        {
            left -= AppendSolutions(text, result, left, passed);
            if (left == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static int AppendSolutions(StringBuilder text, HelpmateResult result, int max, bool passed)
    {
        var start = Position.Parse(result.Fen);
        // Popeye numbers helpmates from Black's move: a pair is "N.black white", h#N.5 opens with "1...white".
        int firstPly = result.Stipulation.HalfMove || passed ? 1 : 0;
        int written = 0;
        foreach (var solution in PopeyeMoveOrder.Solutions(start, result.Solutions).Take(max))
        {
            var position = start.Clone();
            text.Append(passed ? "  1...  ...  " : "  ");
            for (int i = 0; i < solution.Count; i++)
            {
                int ply = firstPly + (passed ? i + 1 : i);
                if (ply % 2 == 0)
                {
                    text.Append(i == 0 ? "" : "   ").Append(ply / 2 + 1).Append('.');
                }
                else if (i == 0)
                {
                    text.Append("1...");
                }
                else
                {
                    text.Append(' ');
                }
                text.Append(PopeyeNotation.Of(position, solution[i]));
                position.MakeMove(solution[i]);
            }
            text.Append('\n');
            written++;
        }
        return written;
    }

    /// <summary>
    /// A directmate's or selfmate's keys and tries with their variations, each followed by an empty line; proven
    /// here, step by step, with <see cref="MateSolver"/>.
    /// </summary>
    public static PopeyeBlock Tree(Position position, Stipulation stipulation, PopeyeTreeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(options);
        if (stipulation.Kind == StipulationKind.Help)
        {
            throw new ArgumentException($"{stipulation} is a helpmate: use Helpmate", nameof(stipulation));
        }
        var (text, partial, interrupted) = PopeyeTree.Write(position, stipulation, options, cancellationToken);
        return new PopeyeBlock(text + "\n", partial, interrupted);
    }

    private static void AppendDiagram(StringBuilder text, PopeyeBoard board, Stipulation stipulation)
    {
        const string Edge = "+---a---b---c---d---e---f---g---h---+\n";
        const string Blank = "|                                   |\n";
        text.Append(Edge).Append(Blank);
        for (int rank = 7; rank >= 0; rank--)
        {
            text.Append((char)('1' + rank));
            for (int file = 0; file < 8; file++)
            {
                char piece = board[Square.FromFileRank(file, rank)];
                string cell = piece == '\0' ? "." : (char.IsUpper(piece) ? "" : "-") + PopeyePieces.PopeyeLetter(piece);
                text.Append(cell.PadLeft(4));
            }
            text.Append("   ").Append((char)('1' + rank)).Append('\n').Append(Blank);
        }
        text.Append(Edge);
        var (white, black) = board.Count;
        string stip = "  " + stipulation;
        string count = string.Create(CultureInfo.InvariantCulture, $"{white} + {black}");
        text.Append(stip).Append(' ', Math.Max(1, 35 - stip.Length - count.Length)).Append(count).Append('\n');
    }
}
