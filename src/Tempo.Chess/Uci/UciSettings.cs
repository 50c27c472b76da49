namespace Tempo.Chess.Uci;

/// <summary>The engine options a search runs with (UCI <c>Hash</c>, <c>Threads</c>, <c>MultiPV</c>).</summary>
internal readonly record struct UciSettings(int HashMegabytes, int Threads, int MultiPv);
