namespace Tempo.Web.Hosting;

/// <summary>A request the server refuses as written (HTTP 400), with the one line that says why.</summary>
public sealed class BadInputException(string message) : FormatException(message);
