using System.Net;
using System.Text.Json;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

/// <summary>
/// Every kind of solve proves into its running slot's table (<c>SolverWorkspace</c>), handed from job to job, instead of
/// allocating one of its own: helpmates and selfmates as well as directmates, answered in one response or streamed.
/// Seen from the process's allocations: with one slot and a 256 MiB table, six solves allocate one table, not six.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class SlotWorkspaceTests
{
    private const long TableBytes = 256L * 1024 * 1024;

    [Fact]
    public async Task HelpmatesSelfmatesAndDirectmates_ShareTheSlotsOneTable()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentJobs = 1 });
        string[] bodies =
        [
            """{"fen":"8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1","stip":"h#2","hash":"256"}""",
            """{"fen":"6R1/7q/8/5k2/5B2/8/5Kbb/8 b - - 0 1","stip":"h#3","hash":"256"}""",
            """{"fen":"7k/8/8/5Q2/8/2p5/p1p1p3/2KbN3 w - - 0 1","stip":"s#2","hash":"256"}""",
            """{"fen":"r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1","max":"3","hash":"256"}""",
        ];
        // The slot's first solve allocates its table; it is not counted.
        await SolveAsync(server, bodies[0]);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var body in bodies)
        {
            await SolveAsync(server, body);
        }
        using (var stream = await server.OpenStreamAsync("/api/chess/solve/stream", bodies[1]))
        {
            Assert.True(JsonDocument.Parse(await Next(stream, "result")).RootElement.GetProperty("count").GetInt32() > 0);
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < TableBytes, $"five solves in a slot that has its table allocated {allocated / (1024 * 1024)} MiB (one table is {TableBytes / (1024 * 1024)} MiB)");
    }

    private static async Task SolveAsync(RunningServer server, string body)
    {
        using var response = await server.PostJsonAsync("/api/chess/solve", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("count", out var solutions) ? solutions.GetInt32() > 0 : json.RootElement.GetProperty("status").GetString() == "mate", body);
    }

    private static async Task<string> Next(EventReader reader, string name)
    {
        while (await reader.NextAsync() is { } e)
        {
            if (e.Name == name)
            {
                return e.Data;
            }
        }
        throw new InvalidOperationException($"the stream ended before a '{name}' event");
    }
}
