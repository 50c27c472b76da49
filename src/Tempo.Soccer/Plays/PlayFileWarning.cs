namespace Tempo.Soccer.Plays;

/// <summary>Something a play file says that is allowed but probably not what the coach meant; the play still runs.</summary>
/// <param name="File">The file (or "book").</param>
/// <param name="Line">The line in the file, from 1; 0 when unknown.</param>
/// <param name="PathInFile">Where in the file, e.g. <c>attack.players[0].actions[4].shoot</c>.</param>
/// <param name="Message">What looks wrong.</param>
public sealed record PlayFileWarning(string File, int Line, string PathInFile, string Message)
{
    /// <summary>One line, in the form of a <see cref="PlayFileException"/>'s message.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {PathInFile}: {Message}" : $"{File}: {PathInFile}: {Message}";
}
