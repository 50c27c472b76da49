using Tempo.Chess.Popeye;

namespace Tempo.Cli.Commands;

/// <summary>
/// The end of a problem in Popeye's layout: "solution finished.", "Partial solution" when a twin stopped at option
/// MaxSolutions, or "solving interrupted." when the time ran out (option MaxTime, --time); Popeye prints the last two
/// in place of the last twin's closing empty line. So each twin's closing newline is held back until the next twin or
/// the end shows whether it is printed.
/// </summary>
internal sealed class ProblemEnd
{
    private bool _heldNewline;
    private bool _partial;
    private bool _interrupted;

    /// <summary>
    /// The text to write for a twin's block: <paramref name="start"/> (lines Popeye prints where a twin starts, before
    /// the previous twin's closing empty line), that held newline, the block without its last one.
    /// </summary>
    public string Twin(PopeyeBlock block, string start = "")
    {
        _partial |= block.Partial;
        _interrupted |= block.Interrupted;
        var text = start + (_heldNewline ? "\n" : "") + block.Text;
        _heldNewline = text.EndsWith('\n');
        return _heldNewline ? text[..^1] : text;
    }

    /// <summary>The problem's last lines.</summary>
    public string Finish() => _interrupted ? PopeyeFormat.Interrupted
        : _partial ? PopeyeFormat.Partial
        : (_heldNewline ? "\n" : "") + PopeyeFormat.Finished;
}
