using System.Diagnostics;
using System.Text;

namespace Tempo.Web.Bench;

/// <summary>
/// Clients that each POST /api/chess/solve, wait for the answer and ask again, until the time is up (or a request
/// count is reached): every request's latency and status, and the server's resident memory before and at its peak (the kernel's high-water mark).
/// </summary>
internal static class SolveLoad
{
    public sealed record Report(int Requests, int Errors, string FirstError, double Seconds, double[] LatenciesMs, double IdleMiB, double PeakMiB);

    public static async Task<Report> RunAsync(ServerProcess server, int clients, TimeSpan duration, int maxRequests, string body, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients })
        {
            BaseAddress = server.Address,
            Timeout = TimeSpan.FromMinutes(3),
        };
        var idle = server.Memory().Now;
        var latencies = new List<double>();
        var errors = 0;
        var firstError = "";
        var issued = 0;
        var gate = new Lock();
        var clock = Stopwatch.StartNew();
        async Task ClientAsync()
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    using var response = await http.PostAsync("/api/chess/solve", new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
                    var text = await response.Content.ReadAsStringAsync(cancellationToken);
                    error = response.IsSuccessStatusCode && text.Contains("\"status\":\"mate\"", StringComparison.Ordinal)
                        ? null
                        : $"HTTP {(int)response.StatusCode}: {text[..Math.Min(200, text.Length)]}";
                }
                catch (HttpRequestException e)
                {
                    error = e.Message;
                }
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (gate)
                {
                    latencies.Add(ms);
                    if (error is not null && errors++ == 0)
                    {
                        firstError = error;
                    }
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientAsync, cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        return new Report(latencies.Count, errors, firstError, seconds, [.. latencies.Order()], idle, server.Memory().Peak);
    }

    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
}
