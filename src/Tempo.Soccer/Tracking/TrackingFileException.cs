namespace Tempo.Soccer.Tracking;

/// <summary>A tracking file cannot be read: the message names the file, the line where known, and the reason.</summary>
public sealed class TrackingFileException : FormatException
{
    /// <summary>Creates the exception for <paramref name="file"/>, its <paramref name="line"/> (0 when unknown) and the <paramref name="reason"/>.</summary>
    public TrackingFileException(string file, int line, string reason)
        : base(line > 0 ? $"{file}:{line}: {reason}" : $"{file}: {reason}")
    {
    }
}
