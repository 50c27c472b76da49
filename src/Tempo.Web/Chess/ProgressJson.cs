using System.Text.Json;
using Tempo.Chess.Solving;

namespace Tempo.Web.Chess;

/// <summary>
/// The <c>progress</c> event of a streamed solve: <c>{"depth","nodes","nodesPerSecond","ms","rootMovesDone","rootMoves","line"}</c>
/// (line: the UCI moves the first worker is searching, a hint, not a proven line).
/// </summary>
internal static class ProgressJson
{
    public static string Write(MateProgress progress) => JsonSerializer.Serialize(new
    {
        depth = progress.Depth,
        nodes = progress.Nodes,
        nodesPerSecond = progress.NodesPerSecond,
        ms = (long)progress.Elapsed.TotalMilliseconds,
        rootMovesDone = progress.RootMovesDone,
        rootMoves = progress.RootMoves,
        line = progress.Line,
    });
}
