namespace Tempo.Web.Hosting;

/// <summary>A Cancel request stopped a job before its turn came (HTTP 409): nothing was run.</summary>
public sealed class JobCancelledException(string message) : Exception(message);
