namespace Tempo.Chess.Popeye;

/// <summary>A Popeye problem file Tempo cannot read; the message is one line: <c>FILE:LINE: reason</c>.</summary>
public sealed class PopeyeInputException : FormatException
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="line"/> of <paramref name="fileName"/>.</summary>
    public PopeyeInputException(string fileName, int line, string reason)
        : base($"{fileName}:{line}: {reason}")
    {
        FileName = fileName;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file (or "stdin").</summary>
    public string FileName { get; }

    /// <summary>The 1-based line the reason is about.</summary>
    public int Line { get; }

    /// <summary>Why, without the file and line.</summary>
    public string Reason { get; }
}
