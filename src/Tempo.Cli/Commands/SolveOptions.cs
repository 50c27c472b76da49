using System.CommandLine;
using Tempo.Chess;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>
/// The options `chess solve` and `chess batch` share, typed: each is read at parse time by
/// <see cref="SolveOptionText"/>, which the HTTP API uses too, so both refuse the same input with the same words.
/// </summary>
internal static class SolveOptions
{
    public static Option<int> Max(string description) =>
        TypedOption.Create("--max", description, text => SolveOptionText.ParseMax(text, 8));

    public static Option<TimeSpan?> Seconds(string name, string description) =>
        TypedOption.Create(name, description, text => SolveOptionText.ParseSeconds(text, name));

    public static Option<int> Threads(string description) =>
        TypedOption.Create("--threads", description, SolveOptionText.ParseThreads);

    public static Option<int> Hash(string description) =>
        TypedOption.Create("--hash", description, SolveOptionText.ParseHash);

    public static Option<Stipulation?> Stip(string description) =>
        TypedOption.Create("--stip", description, SolveOptionText.ParseStipulation);

    public static Option<int?> MaxSolutions(string description) =>
        TypedOption.Create("--max-solutions", description, SolveOptionText.ParseMaxSolutions);
}
