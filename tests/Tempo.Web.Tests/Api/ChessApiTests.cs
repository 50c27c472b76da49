using System.Net;
using System.Text.Json;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

public sealed class ChessApiTests : IAsyncLifetime
{
    private const string Puzzle = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Solve_BookPuzzle_AnswersTheCliJson()
    {
        using var response = await _server.PostJsonAsync("/api/chess/solve", $$"""{"fen":"{{Puzzle}}","line":"Nd4 Be6"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var api = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var (exit, cliText, _) = CliOutput.Run("chess", "solve", Puzzle, "--line", "Nd4 Be6", "--format", "json");
        Assert.Equal(0, exit);
        using var cli = JsonDocument.Parse(cliText);
        Assert.Equal(["Bh8", "Nd4", "Qxd4", "Be6", "Qg7#"], api.RootElement.GetProperty("line").EnumerateArray().Select(m => m.GetString()));
        // Everything but the timing and node counts (which vary run to run) is the CLI's object, field for field.
        foreach (var field in cli.RootElement.EnumerateObject().Where(f => f.Name is not ("ms" or "nodes")))
        {
            Assert.Equal(field.Value.GetRawText(), api.RootElement.GetProperty(field.Name).GetRawText());
        }
    }

    [Theory]
    [InlineData("table", "| 1    | Bh8   |")]
    [InlineData("tree", "1.Bh8! threat: 2.Qg7#")]
    [InlineData("pgn", "[FEN \"r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1\"]")]
    public async Task Solve_Format_IsTheCliText(string format, string expected)
    {
        using var response = await _server.PostJsonAsync("/api/chess/solve", $$"""{"fen":"{{Puzzle}}","format":"{{format}}"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"fen":"rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq","max":3}""", new[] { "chess", "solve", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq", "--max", "3" })]
    [InlineData("""{"fen":"startpos","max":0}""", new[] { "chess", "solve", "startpos", "--max", "0" })]
    [InlineData("""{"fen":"startpos","max":"abc"}""", new[] { "chess", "solve", "startpos", "--max", "abc" })]
    [InlineData("""{"fen":"startpos","time":-3}""", new[] { "chess", "solve", "startpos", "--time", "-3" })]
    [InlineData("""{"fen":"startpos","threads":0}""", new[] { "chess", "solve", "startpos", "--threads", "0" })]
    [InlineData("""{"fen":"r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1","line":"Kh1"}""", new[] { "chess", "solve", Puzzle, "--line", "Kh1" })]
    [InlineData("""{"fen":"startpos","stip":"hs#2"}""", new[] { "chess", "solve", "startpos", "--stip", "hs#2" })]
    [InlineData("""{"fen":"startpos","stip":"h#0"}""", new[] { "chess", "solve", "startpos", "--stip", "h#0" })]
    public async Task Solve_BadInput_Is400WithTheCliMessage(string body, string[] cli)
    {
        using var response = await _server.PostJsonAsync("/api/chess/solve", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CliOutput.Refusal(cli), await Detail(response));
    }

    [Theory]
    [InlineData("h#2", "8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1")]
    [InlineData("s#2", "7k/8/8/5Q2/8/2p5/p1p1p3/2KbN3 w - - 0 1")]
    public async Task Solve_Stipulation_AnswersAsTheCliDoes(string stipulation, string fen)
    {
        using var response = await _server.PostJsonAsync("/api/chess/solve", $$"""{"fen":"{{fen}}","stip":"{{stipulation}}"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var api = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var (exit, cliText, _) = CliOutput.Run("chess", "solve", fen, "--stip", stipulation, "--format", "json");
        Assert.Equal(0, exit);
        using var cli = JsonDocument.Parse(cliText);
        Assert.Equal(stipulation, api.RootElement.GetProperty("stipulation").GetString());
        foreach (var field in cli.RootElement.EnumerateObject().Where(f => f.Name is not ("ms" or "nodes" or "tries" or "trace")))
        {
            Assert.Equal(field.Value.GetRawText(), api.RootElement.GetProperty(field.Name).GetRawText());
        }
    }

    [Fact]
    public async Task Solve_HelpmateAsPgn_Is400InOneLine()
    {
        using var response = await _server.PostJsonAsync("/api/chess/solve", """{"fen":"8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1","stip":"h#2","format":"pgn"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("--format pgn: not available for helpmates (h#2); use json, table or tree", await Detail(response));
    }

    [Theory]
    [InlineData("""{"fen":"startpos","threads":9999}""", "--threads: '9999' is not a thread count from 1 to 256")]
    [InlineData("""{"fen":"startpos","time":100000}""", "--time: '100000' is more than this server gives one solve (120 s)")]
    [InlineData("""{"max":3}""", "fen: missing (give it in the request's JSON object)")]
    [InlineData("""{"fen":"startpos","format":"xml"}""", "--format: 'xml' is not one of json, table, tree, pgn")]
    [InlineData("""{"fen":["a"]}""", "fen: expected a string or a number")]
    [InlineData("""[1,2]""", "request body: expected a JSON object such as {\"fen\":\"…\"}")]
    [InlineData("""{"fen":""", "request body: not JSON ('\"' is invalid after a value)")]
    public async Task Solve_BadRequest_Is400WithOneLine(string body, string expected)
    {
        using var response = await _server.PostJsonAsync("/api/chess/solve", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = await Detail(response);
        Assert.StartsWith(expected.Split('(')[0], detail);
        Assert.DoesNotContain('\n', detail);
    }

    [Fact]
    public async Task Position_GivesTheLegalMovesInSan_AndRefusesABadFen()
    {
        using var ok = await _server.Client.GetAsync("/api/chess/position?fen=" + Uri.EscapeDataString(Puzzle));
        using var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync());
        Assert.Equal(Puzzle, json.RootElement.GetProperty("fen").GetString());
        Assert.Contains(json.RootElement.GetProperty("moves").EnumerateArray(), m => m.GetProperty("san").GetString() == "Bh8" && m.GetProperty("uci").GetString() == "f6h8");
        using var bad = await _server.Client.GetAsync("/api/chess/position?fen=" + Uri.EscapeDataString("8/8/8 w - -"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(CliOutput.Refusal("chess", "diagram", "8/8/8 w - -"), await Detail(bad));
    }

    [Fact]
    public async Task Line_PlaysSanMovesAndGivesEachPosition()
    {
        using var response = await _server.PostJsonAsync("/api/chess/line", $$"""{"fen":"{{Puzzle}}","moves":"Bh8 Nd4 Qxd4 Be6 Qg7#"}""");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(5, steps.Count);
        Assert.Equal("f6", steps[0].GetProperty("from").GetString());
        Assert.Equal("h8", steps[0].GetProperty("to").GetString());
        Assert.Equal("r1q2rkB/p1pp1p1p/1pn3p1/5b2/8/1BQ5/PPP2PPP/R4RK1 b - - 1 1", steps[0].GetProperty("fen").GetString());
        Assert.Equal("Qg7#", steps[4].GetProperty("san").GetString());
        using var illegal = await _server.PostJsonAsync("/api/chess/line", $$"""{"fen":"{{Puzzle}}","moves":"Bh8 Qxd4"}""");
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        Assert.Contains("Qxd4", await Detail(illegal));
    }

    [Fact]
    public async Task Diagram_IsTheCliSvg()
    {
        using var response = await _server.Client.GetAsync("/api/chess/diagram.svg?fen=" + Uri.EscapeDataString(Puzzle));
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var (_, cli, _) = CliOutput.Run("chess", "diagram", Puzzle);
        Assert.Equal(cli, await response.Content.ReadAsStringAsync());
        using var bad = await _server.Client.GetAsync("/api/chess/diagram.svg");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    internal static async Task<string> Detail(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("detail").GetString()!;
    }
}
