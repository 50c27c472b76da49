using Tempo.Chess.Popeye;

namespace Tempo.Cli.Commands;

/// <summary>
/// The end of a problem in Popeye's layout: "solution finished.", or "Partial solution" when a twin stopped at option
/// MaxSolutions, which Popeye prints in place of the last twin's closing empty line. So each twin's closing newline is
/// held back until the next twin or the end shows whether it is printed.
/// </summary>
internal sealed class ProblemEnd
{
    private bool _heldNewline;
    private bool _partial;

    /// <summary>The text to write for a twin's block: the previous twin's held newline, the block without its last one.</summary>
    public string Twin(string block, bool partial)
    {
        _partial |= partial;
        var text = (_heldNewline ? "\n" : "") + block;
        _heldNewline = text.EndsWith('\n');
        return _heldNewline ? text[..^1] : text;
    }

    /// <summary>The problem's last lines.</summary>
    public string Finish() => _partial ? PopeyeFormat.Partial : (_heldNewline ? "\n" : "") + PopeyeFormat.Finished;
}
