namespace Tempo.Web.Hosting;

/// <summary>Every slot for solves and sweeps is taken (HTTP 429).</summary>
public sealed class TooBusyException(string message) : Exception(message);
