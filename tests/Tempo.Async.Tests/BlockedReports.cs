using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>Options for tests of the blocked-loop report: it comes after 0.1 s, and only it lets the blocked line go on.</summary>
internal static class BlockedReports
{
    /// <summary>Options that add each blocked-loop report to <paramref name="reports"/>, then call <paramref name="release"/>.</summary>
    public static SimulationOptions Collecting(string name, List<string> reports, Action release) => new()
    {
        Name = name,
        ReportBlockedStepAfter = TimeSpan.FromMilliseconds(100),
        OnBlockedStep = message =>
        {
            lock (reports)
            {
                reports.Add(message);
            }
            release();
        },
    };
}
