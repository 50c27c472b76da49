namespace Tempo.Soccer.Plays;

/// <summary>A play file is wrong: the message names the file, the line, the path inside the file and the reason.</summary>
public sealed class PlayFileException : FormatException
{
    /// <summary>Creates the exception for <paramref name="file"/>, its <paramref name="line"/> (0 when unknown), the <paramref name="path"/> inside the file and the <paramref name="reason"/>.</summary>
    public PlayFileException(string file, int line, string path, string reason)
        : base(line > 0 ? $"{file}:{line}: {path}: {reason}" : $"{file}: {path}: {reason}")
    {
        File = file;
        Line = line;
        PathInFile = path;
        Reason = reason;
    }

    /// <summary>The file (or "book").</summary>
    public string File { get; }

    /// <summary>The line in the file, from 1; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Where in the file, e.g. <c>attack.players[3].actions[1].wait.player</c>.</summary>
    public string PathInFile { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
