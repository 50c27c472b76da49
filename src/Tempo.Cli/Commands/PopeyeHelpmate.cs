using Tempo.Chess;
using Tempo.Chess.Popeye;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>
/// A helpmate solved for Popeye's layout: the solutions in fewer moves first, as Popeye prints them, and the set play
/// (option SetPlay: the diagram with White to move, half a move shorter). Each length is solved in full, so that
/// option MaxSolutions keeps the solutions Popeye would find first, not the first in Tempo's order.
/// </summary>
internal static class PopeyeHelpmate
{
    /// <summary>The twin's block: set play (if asked and Black is not in check), the play, cut at <c>options.MaxSolutions</c>.</summary>
    public static PopeyeBlock Solve(Position position, Stipulation stipulation, HelpmateOptions options, bool setPlay, CancellationToken token)
    {
        var uncapped = options with { MaxSolutions = null };
        var play = UpTo(position, stipulation, uncapped, token);
        List<HelpmateResult>? set = null;
        // Black in check cannot pass (White would take the king): Popeye then prints no set play at all.
        if (setPlay && !position.InCheck && (stipulation.Moves > 0 || !stipulation.HalfMove))
        {
            var passed = position.Clone();
            passed.MakeNullMove();
            var setStipulation = stipulation.HalfMove
                ? stipulation with { HalfMove = false }
                : stipulation with { Moves = stipulation.Moves - 1, HalfMove = true };
            set = UpTo(passed, setStipulation, uncapped, token);
        }
        return PopeyeFormat.Helpmate(play, set, options.MaxSolutions);
    }

    /// <summary>The position solved in h#1, h#2, … (or h#0.5, h#1.5, …) up to <paramref name="stipulation"/>, shortest first.</summary>
    private static List<HelpmateResult> UpTo(Position position, Stipulation stipulation, HelpmateOptions options, CancellationToken token)
    {
        var results = new List<HelpmateResult>();
        for (int moves = stipulation.HalfMove ? 0 : 1; moves <= stipulation.Moves; moves++)
        {
            results.Add(HelpmateSolver.Solve(position, stipulation with { Moves = moves }, options, token));
        }
        return results;
    }
}
