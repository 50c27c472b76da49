namespace Tempo.Testing.Browser;

/// <summary>One thing the browser reported that a clean page never causes.</summary>
/// <param name="Kind">What kind of event: <c>console.error</c>, <c>console.warning</c>, <c>page error</c>, <c>request failed</c> or <c>HTTP 404</c> (the status).</param>
/// <param name="Text">The message or URL, as the browser gave it.</param>
public sealed record BrowserProblem(string Kind, string Text)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Text}";
}
