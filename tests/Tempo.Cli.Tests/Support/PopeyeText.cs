namespace Tempo.Cli.Tests.Support;

/// <summary>
/// Popeye's printed solution made comparable with Tempo's: the banner and the solving time dropped.
/// </summary>
public static class PopeyeText
{
    /// <summary>Popeye's output without its first line (the banner) and with " Time = … s" cut from "solution finished.", "Partial solution" and "solving interrupted.".</summary>
    public static string WithoutBannerAndTime(string popeye)
    {
        var lines = popeye.Replace("\r", "", StringComparison.Ordinal).Split('\n').Skip(1).Select(l => l switch
        {
            _ when l.StartsWith("solution finished. Time = ", StringComparison.Ordinal) => "solution finished.",
            _ when l.StartsWith("Partial solution Time = ", StringComparison.Ordinal) => "Partial solution",
            _ when l.StartsWith("solving interrupted. Time = ", StringComparison.Ordinal) => "solving interrupted.",
            _ => l,
        });
        return string.Join('\n', lines);
    }
}
