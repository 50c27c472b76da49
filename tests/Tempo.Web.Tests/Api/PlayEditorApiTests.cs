using System.Net;
using System.Text.Json;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Plays;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

/// <summary>What the tactic board asks: check a play (the tree it edits, or where the fault is), write it as YAML.</summary>
public sealed class PlayEditorApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>The book with #10's wait (attack.players[1].actions[2]) moved where #2 never goes.</summary>
    private static string UnreachableWait()
    {
        var text = BookPlay.Text().Replace("past_x: 85", "past_x: 100", StringComparison.Ordinal);
        Assert.NotEqual(BookPlay.Text(), text);
        return text;
    }

    [Fact]
    public async Task Check_AGoodPlay_GivesTheTreeTheReaderReadsBackToTheSamePlay()
    {
        using var response = await _server.PostTextAsync("/api/soccer/check", BookPlay.Text());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        var tree = root.GetProperty("play").GetRawText();
        Assert.True(PlayEquivalence.Same(BookPlay.Load(), PlayFile.Parse(tree, "tree.json")), tree);
        Assert.Equal(10, root.GetProperty("play").GetProperty("attack").GetProperty("players")[0].GetProperty("actions")[0].GetProperty("pass").GetInt32());
        Assert.Equal(PlayFileWriter.Write(BookPlay.Load()), root.GetProperty("yaml").GetString());
        Assert.Equal(22, root.GetProperty("summary").GetProperty("players").GetArrayLength());
    }

    [Fact]
    public async Task Check_ABadPlay_Is200_NamingThePlayerAndActionAtFault()
    {
        using var response = await _server.PostTextAsync("/api/soccer/check", UnreachableWait());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var expected = Assert.Throws<PlayFileException>(() => PlayFile.Parse(UnreachableWait(), "play"));
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(expected.Message, root.GetProperty("message").GetString());
        Assert.Equal("attack.players[1].actions[2].wait", root.GetProperty("path").GetString());
        Assert.Equal(expected.Reason, root.GetProperty("reason").GetString());
        Assert.Equal(expected.Line, root.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Validate_ABadPlay_Is400_WithThePathInTheProblem()
    {
        using var response = await _server.PostTextAsync("/api/soccer/validate", UnreachableWait());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("attack.players[1].actions[2].wait", json.RootElement.GetProperty("path").GetString());
        Assert.StartsWith("the wait can never be satisfied", json.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yaml_IsTheWritersText_ForYamlOrTheEditorsJson()
    {
        using (var response = await _server.Client.PostAsync("/api/soccer/yaml?play=book", null))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(PlayFileWriter.Write(BookPlay.Load()), await response.Content.ReadAsStringAsync());
        }
        using var check = await _server.PostTextAsync("/api/soccer/check", BookPlay.Text());
        using var json = JsonDocument.Parse(await check.Content.ReadAsStringAsync());
        using var fromTree = await _server.PostJsonAsync("/api/soccer/yaml", json.RootElement.GetProperty("play").GetRawText());
        Assert.Equal(PlayFileWriter.Write(BookPlay.Load()), await fromTree.Content.ReadAsStringAsync());
        using var bad = await _server.PostTextAsync("/api/soccer/yaml", UnreachableWait());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
