using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

/// <summary><c>POST /api/chess/batch/stream</c>: the CLI's batch lines in file order, its refusals, its caps and Cancel.</summary>
[Collection(nameof(TimingCollection))]
public sealed partial class BatchApiTests
{
    /// <summary>Four matetrack mates (#1, #1, #2, #2 from tests/data/mates-dev.epd) with an unreadable line among them.</summary>
    internal const string Mates = """
        5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 bm #1; ep; 00:00;
        8/2N3p1/5b2/k1B2P2/pP4R1/8/K1nn4/8 b - b3 bm #1; ep; 00:00;
        this is not a position
        2brrb2/8/p7/7Q/1p1kpPp1/1P1pN1K1/3P4/8 w - - bm #2; 00:00;
        5R2/1N3p2/3pk3/6PR/3Q4/B3K3/8/8 w - - bm #2; ep; 00:00;

        """;

    /// <summary>No mate in 6 from the start: a proof that runs until a limit stops it.</summary>
    // No mate from the start: proving none within 6 takes about 0.6 s now (within 8, over 10 s), so "dm 10" stays
    // unfinished for any cap these tests use.
    internal const string Endless = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - dm 10;\n";

    [Fact]
    public async Task Stream_SendsTheClisLines_InFileOrder_EveryTime()
    {
        await using var server = await RunningServer.StartAsync();
        var first = await RunAsync(server, "/api/chess/batch/stream?name=mates.epd&time-per=30", Mates);
        var second = await RunAsync(server, "/api/chess/batch/stream?name=mates.epd&time-per=30", Mates);

        // A proof that outlasts the 200 ms progress interval (on a busy machine) also sends "working" events; see below.
        Assert.Equal(["started", .. Enumerable.Repeat<string[]>(["position", "tally"], 5).SelectMany(p => p), "done"], first.Where(e => e.Name != "working").Select(e => e.Name));
        var lines = first.Where(e => e.Name == "position").Select(e => e.Data).ToList();
        Assert.Equal([1, 2, 3, 4, 5], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("lineNumber").GetInt32()));
        Assert.Equal(lines.Select(Untimed), second.Where(e => e.Name == "position").Select(e => Untimed(e.Data)));

        var file = Path.Combine(Path.GetTempPath(), $"tempo-batch-{Guid.NewGuid():N}.epd");
        await File.WriteAllTextAsync(file, Mates);
        try
        {
            var (_, cliText, _) = CliOutput.Run("chess", "batch", file, "--time-per", "30");
            var cliLines = cliText.Split('\n').Where(l => l.StartsWith('{')).Select(Untimed);
            Assert.Equal(cliLines, lines.Select(Untimed));
        }
        finally
        {
            File.Delete(file);
        }

        using var tally = JsonDocument.Parse(first.Last(e => e.Name == "tally").Data);
        Assert.Equal(4, tally.RootElement.GetProperty("passed").GetInt32());
        Assert.Equal(1, tally.RootElement.GetProperty("unreadable").GetInt32());
        Assert.Equal(5, tally.RootElement.GetProperty("done").GetInt32());
        Assert.Equal("""{"done":5,"total":5,"stopped":null}""", first[^1].Data);
    }

    [Fact]
    public async Task TimePerPosition_StopsALongProof_AndTheBatchGoesOn()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { BatchDefaultTimePerPosition = TimeSpan.FromSeconds(0.5) });
        var events = await RunAsync(server, "/api/chess/batch/stream", Endless + Mates.Split('\n')[0]);
        var lines = events.Where(e => e.Name == "position").Select(e => JsonDocument.Parse(e.Data).RootElement).ToList();
        Assert.Equal(["unknown", "mate"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.InRange(lines[0].GetProperty("ms").GetInt64(), 400, 5_000);
        Assert.Equal(["outOfTime", "passed"], events.Where(e => e.Name == "tally").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task Working_SaysWhichPositionIsBeingProven_TheDistanceTried_AndTheCountsSoFar()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { BatchDefaultTimePerPosition = TimeSpan.FromSeconds(1.5) });
        var mate = Mates.Split('\n')[0] + "\n";
        var events = await RunAsync(server, "/api/chess/batch/stream", mate + Endless + mate);
        var names = events.Select(e => e.Name).ToList();
        var working = events.Where(e => e.Name == "working").Select(e => JsonDocument.Parse(e.Data).RootElement).ToList();
        Assert.True(working.Count >= 3, $"{working.Count} working events in a 1.5 s proof");
        // They all come between the first position's tally and the second position's line, and name the second.
        var firstTally = names.IndexOf("tally");
        var secondLine = names.FindIndex(firstTally, n => n == "position");
        Assert.All(names.Select((n, i) => (n, i)).Where(p => p.n == "working"), p => Assert.InRange(p.i, firstTally + 1, secondLine - 1));
        Assert.All(working, w =>
        {
            Assert.Equal(2, w.GetProperty("index").GetInt32());
            Assert.Equal(3, w.GetProperty("total").GetInt32());
            Assert.Equal(2, w.GetProperty("line").GetInt32());
        });
        Assert.True(working[^1].GetProperty("depth").GetInt32() >= 1);
        Assert.True(working[^1].GetProperty("nodes").GetInt64() > working[0].GetProperty("nodes").GetInt64());
        Assert.True(working[^1].GetProperty("ms").GetInt64() > working[0].GetProperty("ms").GetInt64());
    }

    [Theory]
    [InlineData("", "", "pasted.epd: no positions (expected EPD lines, a Lichess puzzle CSV or PGN games)")]
    [InlineData("?name=p.csv", "PuzzleId,FEN\nx,y\n", "p.csv: not a Lichess puzzle CSV: the header lacks Moves, Themes (expected PuzzleId,FEN,Moves,...,Themes,...)")]
    [InlineData("", "hello world\n", "pasted.epd: no readable position (line 1: ")]
    [InlineData("?time-per=999", Endless, "--time-per: '999' is more than this server gives one position (60 s)")]
    [InlineData("?threads=lots", Endless, "--threads: 'lots' is not a thread count from 1 to 256")]
    [InlineData("?stip=h%232", Endless, "--stip: h#2 is a helpmate; chess batch proves #N and s#N (solve helpmates with chess solve)")]
    [InlineData("?depth=3", Endless, "depth: not an option of a batch (give name, max, threads, time-per, hash, stip)")]
    public async Task BadInput_Is400_WithOneLineNamingIt(string query, string body, string expected)
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.Client.PostAsync("/api/chess/batch/stream" + query, new StringContent(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = await ChessApiTests.Detail(response);
        Assert.StartsWith(expected, detail);
        Assert.DoesNotContain('\n', detail);
    }

    [Fact]
    public async Task BadOption_IsRefusedInTheClisWords()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.Client.PostAsync("/api/chess/batch/stream?max=0", new StringContent(Endless));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CliOutput.Refusal("chess", "batch", "any.epd", "--max", "0"), await ChessApiTests.Detail(response));
    }

    [Fact]
    public async Task TooManyPositions_Is400_AndTooLargeAFile_413()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxBatchPositions = 4, MaxBatchBytes = 2048 });
        using (var many = await server.Client.PostAsync("/api/chess/batch/stream?name=m.epd", new StringContent(Mates)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
            Assert.Equal("m.epd: 5 positions, more than this server proves in one batch (4); split the file", await ChessApiTests.Detail(many));
        }
        using var large = await server.Client.PostAsync("/api/chess/batch/stream?name=big.epd", new StringContent(new string('#', 4096)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("big.epd: larger than the 2 KiB this server takes in one batch; split the file", await ChessApiTests.Detail(large));
    }

    [Fact]
    public async Task Cancel_StopsTheProofAtOnce_LeavesItsLineOut_AndFreesTheSlot()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentJobs = 1, MaxQueuedJobs = 0 });
        using var stream = await server.OpenStreamAsync("/api/chess/batch/stream?time-per=60", Mates.Split('\n')[0] + "\n" + Endless + Mates, "text/plain");
        var id = JsonDocument.Parse((await stream.NextAsync())!.Value.Data).RootElement.GetProperty("id").GetString();
        Assert.Equal("position", (await stream.NextAsync())!.Value.Name);
        Assert.Equal("tally", (await stream.NextAsync())!.Value.Name);
        using (var busy = await server.PostJsonAsync("/api/chess/solve", """{"fen":"startpos","max":1}"""))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        }
        using (var cancel = await server.Client.PostAsync($"/api/jobs/{id}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        var rest = await stream.ReadAllAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.Equal(["done"], rest.Where(e => e.Name != "working").Select(e => e.Name));
        Assert.Equal("""{"done":1,"total":7,"stopped":"cancel"}""", rest[0].Data);
        using var next = await server.PostJsonAsync("/api/chess/solve", """{"fen":"startpos","max":1}""");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private static async Task<List<(string Name, string Data, TimeSpan At)>> RunAsync(RunningServer server, string path, string body)
    {
        using var stream = await server.OpenStreamAsync(path, body, "text/plain");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        return await stream.ReadAllAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
    }

    /// <summary>A JSON line without what varies run to run (time and, with the table's timing, node counts).</summary>
    internal static string Untimed(string line) => Timing().Replace(line, "\"$1\":0");

    [GeneratedRegex("\"(ms|nodes|nodesPerSecond)\":\\d+")]
    private static partial Regex Timing();
}
