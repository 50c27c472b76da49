namespace Tempo.Cli;

/// <summary>Which exceptions mean "the user's input is wrong" (exit code 2) rather than a bug (exit code 1).</summary>
public static class InputErrors
{
    public static bool IsBadInput(Exception e) => e is InputException or FormatException or FileNotFoundException or DirectoryNotFoundException;
}
