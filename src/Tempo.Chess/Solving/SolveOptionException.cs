namespace Tempo.Chess.Solving;

/// <summary>An out-of-range or unreadable solver option (max, time, threads, hash), with a one-line message naming it.</summary>
public sealed class SolveOptionException(string message) : FormatException(message);
