using System.Net;
using System.Text.Json;
using Tempo.Soccer.Actions;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

/// <summary>
/// The play editor's round trip keeps a dribble played on the move (issue #17): the tree /api/soccer/check hands the
/// tactic board carries `through: true`, and the YAML /api/soccer/yaml writes from that tree reads back to the same dribble.
/// </summary>
public sealed class PlayEditorThroughTests : IAsyncLifetime
{
    private const string Play = """
        name: through
        attack:
          ball: 10
          players:
            - {number: 10, role: midfielder, at: [60, 34], actions: [{dribble: [72, 30], through: true}, {pass: 9}]}
            - {number: 9, role: forward, at: [80, 40], actions: [receive]}
        defence:
          players:
            - {number: 1, role: goalkeeper, at: [103, 34]}
        """;

    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ADribbleThrough_IsKeptWhenThePlayIsLoadedAndSaved()
    {
        using var check = await _server.PostTextAsync("/api/soccer/check", Play);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        using var json = JsonDocument.Parse(await check.Content.ReadAsStringAsync());
        var tree = json.RootElement.GetProperty("play");
        var dribble = tree.GetProperty("attack").GetProperty("players")[0].GetProperty("actions")[0];
        // The tree keeps every non-number scalar as a string (PlayTreeJson); the reader reads "true" as true.
        Assert.Equal("true", dribble.GetProperty("through").GetString());

        using var saved = await _server.PostJsonAsync("/api/soccer/yaml", tree.GetRawText());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var yaml = await saved.Content.ReadAsStringAsync();
        var ten = PlayFile.Parse(yaml, "saved.yaml").Find(new PlayerId(Side.Attack, 10))!;
        Assert.Equal(new DribbleAction(new Vec2(72, 30), null, 1.0, Through: true), ten.Actions[0]);
    }
}
