using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>
/// One position of a Popeye problem to solve: the diagram, or a twin of it.
/// </summary>
/// <param name="Label">"a", "b", …; empty for a problem without twins.</param>
/// <param name="Change">The twinning as Popeye prints it after the label (<c>wQd1--&gt;d2</c>, <c>rotate 90</c>); empty for the diagram.</param>
/// <param name="Fen">The position, with the side to move the stipulation gives the first move to.</param>
/// <param name="Stipulation">What this twin asks.</param>
/// <param name="Line">The line of the file this twin was read from (its <c>twin</c> command, or the problem's start).</param>
public sealed record PopeyeTwin(string Label, string Change, string Fen, Stipulation Stipulation, int Line)
{
    /// <summary>
    /// Option WhiteToPlay was given but White already begins this twin (#N, s#N, h#N.5): Popeye ignores it and says so
    /// (<see cref="PopeyeIgnored.WhiteToPlay"/>).
    /// </summary>
    public bool WhiteToPlayIgnored { get; init; }
}
