namespace Tempo.Testing.Browser;

/// <summary>Thrown by <see cref="BrowserPage.AssertNoProblems"/>: the page caused errors, warnings or failed loads (any test framework reports it as a failure).</summary>
public sealed class BrowserProblemsException : Exception
{
    /// <summary>Creates the exception listing each problem on its own line.</summary>
    public BrowserProblemsException(string url, IReadOnlyList<BrowserProblem> problems)
        : base($"{url}: the browser reported {problems.Count} problem(s):{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    /// <summary>The problems, in the order the browser reported them.</summary>
    public IReadOnlyList<BrowserProblem> Problems { get; }
}
