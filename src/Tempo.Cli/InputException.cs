namespace Tempo.Cli;

/// <summary>Bad input from the user: reported as one line on stderr with exit code 2.</summary>
public sealed class InputException(string message) : Exception(message);
