using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>
/// The options Popeye 4.104 ignores for a twin with a line saying so, in its words: option WhiteToPlay where White
/// already begins (#N, s#N, h#N.5), printed where the twin starts (for the first, after the remarks); option SetPlay on
/// an h#0.5, whose set play would have no move at all, printed after the stipulation line or the twin's heading. Options
/// it ignores in silence (try, defence, variation and nothreat on a helpmate; set play when the side to move is in
/// check) get no line in its layout. The other formats give the same line with the reason (<see cref="Notes"/>).
/// </summary>
public static class PopeyeIgnored
{
    /// <summary>Popeye's line for option WhiteToPlay where White already begins.</summary>
    public const string WhiteToPlay = "WhiteToPlay not applicable - ignored";

    /// <summary>Popeye's line for option SetPlay on an h#0.5.</summary>
    public const string SetPlay = "SetPlay not applicable - ignored";

    /// <summary>True when set play was asked for but <paramref name="stipulation"/> has none (h#0.5).</summary>
    public static bool SetPlayIgnored(Stipulation stipulation, bool setPlay) =>
        setPlay && stipulation is { Kind: StipulationKind.Help, Moves: 0, HalfMove: true };

    /// <summary>
    /// The lines of <paramref name="twin"/>'s ignored options with why, for the formats other than Popeye's
    /// (<c>WhiteToPlay not applicable - ignored (#2: White begins already)</c>); the options Popeye ignores in silence
    /// too, and a helpmate's set play, which only <c>--format popeye</c> prints; empty when none.
    /// </summary>
    public static IReadOnlyList<string> Notes(PopeyeProblem problem, PopeyeTwin twin, bool setPlay)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(twin);
        var notes = new List<string>();
        var stipulation = twin.Stipulation;
        if (twin.WhiteToPlayIgnored)
        {
            notes.Add($"{WhiteToPlay} ({stipulation}: White begins already)");
        }
        if (SetPlayIgnored(stipulation, setPlay))
        {
            notes.Add($"{SetPlay} ({stipulation}: its set play would be no move at all)");
        }
        else if (setPlay && stipulation.Kind == StipulationKind.Help)
        {
            notes.Add($"SetPlay: a helpmate's set play is printed with --format popeye only ({stipulation})");
        }
        if (stipulation.Kind == StipulationKind.Help)
        {
            var silent = new List<string>();
            if (problem.Tries)
            {
                silent.Add(problem.Defences > 1 ? "Defence" : "Try");
            }
            if (problem.Variation)
            {
                silent.Add("Variation");
            }
            if (problem.NoThreat)
            {
                silent.Add("NoThreat");
            }
            if (silent.Count > 0)
            {
                notes.Add($"{string.Join(", ", silent)} not applicable - ignored ({stipulation}: a helpmate has no tries, threats or variations; Popeye ignores {(silent.Count == 1 ? "it" : "them")} without a line)");
            }
        }
        return notes;
    }
}
