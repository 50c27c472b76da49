namespace Tempo.Soccer.Plays;

/// <summary>A play file is wrong: the message names the file, the line, the path inside the file and the reason.</summary>
public sealed class PlayFileException : FormatException
{
    public PlayFileException(string file, int line, string path, string reason)
        : base(line > 0 ? $"{file}:{line}: {path}: {reason}" : $"{file}: {path}: {reason}")
    {
        File = file;
        Line = line;
        PathInFile = path;
        Reason = reason;
    }

    public string File { get; }

    public int Line { get; }

    /// <summary>Where in the file, e.g. <c>attack.players[3].actions[1].wait.player</c>.</summary>
    public string PathInFile { get; }

    public string Reason { get; }
}
