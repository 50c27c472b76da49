namespace Tempo.Soccer.Tests;

/// <summary>A pass's and a shot's height in play files (issue #17): read, refused with one line, written back, and shown in events.json and the drawings.</summary>
public sealed class BallHeightPlayFileTests
{
    private const string Aerial = """
        name: aerial
        seed: 1
        horizon: 12
        attack:
          ball: 7
          players:
            - number: 7
              role: midfielder
              at: [60, 20]
              actions:
                - pass: 9
                  height: high
            - number: 9
              role: forward
              at: [85, 34]
              actions:
                - receive
                - shoot: [105, 36]
                  height: high
        defence:
          players:
            - {number: 1, role: goalkeeper, at: [103, 30]}
            - {number: 2, role: defender, at: [95, 55], behaviour: hold}
        """;

    [Fact]
    public void Height_IsRead_AndWrittenBack()
    {
        var play = PlayFile.Parse(Aerial, "aerial.yaml");
        var pass = Assert.IsType<PassAction>(Actions(play, 7)[0]);
        Assert.Equal(PassHeight.High, pass.Height);
        var shot = Assert.IsType<ShootAction>(Actions(play, 9)[1]);
        Assert.Equal(PassHeight.High, shot.Height);
        var text = PlayFileWriter.Write(play);
        Assert.Contains("height: high", text, StringComparison.Ordinal);
        var again = PlayFile.Parse(text, "written.yaml");
        Assert.Equal(PassHeight.High, Assert.IsType<PassAction>(Actions(again, 7)[0]).Height);
        Assert.Equal(text, PlayFileWriter.Write(again));
        // Left to the passer, the key is not written.
        var free = PlayFile.Parse(Aerial.Replace("          height: high\n    - number: 9", "\n    - number: 9", StringComparison.Ordinal), "free.yaml");
        Assert.Null(Assert.IsType<PassAction>(Actions(free, 7)[0]).Height);
        Assert.DoesNotContain("height: high\n    - number: 9", PlayFileWriter.Write(free), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sky")]
    [InlineData("3")]
    public void Height_Unknown_IsOneLineNamingTheWord(string word)
    {
        var text = Aerial.Replace("  height: high\n    - number: 9", $"  height: {word}\n    - number: 9", StringComparison.Ordinal);
        Assert.NotEqual(Aerial, text);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "bad.yaml"));
        Assert.Equal("attack.players[0].actions[0].height", e.PathInFile);
        Assert.Contains($"'{word}' is not a height (expected ground, low or high)", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void EventsJson_GivesThePassHeight_AndTheShotsHeightAtTheGoalLine()
    {
        var result = PlaySimulator.Run(PlayFile.Parse(Aerial, "aerial.yaml"));
        var json = System.Text.Json.JsonDocument.Parse(PlayJson.Events(result)).RootElement;
        var events = json.ValueKind == System.Text.Json.JsonValueKind.Array ? json : json.GetProperty("events");
        var pass = events.EnumerateArray().First(e => e.GetProperty("type").GetString() == "Pass");
        Assert.Equal("High Pass", pass.GetProperty("pass").GetProperty("height").GetString());
        var shot = events.EnumerateArray().First(e => e.GetProperty("type").GetString() == "Shot");
        var atLine = shot.GetProperty("shot").GetProperty("heightAtGoalLine").GetDouble();
        Assert.InRange(atLine, 0, Pitch.CrossbarHeight + 1);
    }

    [Fact]
    public void Drawings_ShowTheBallsHeight()
    {
        var result = PlaySimulator.Run(PlayFile.Parse(Aerial, "aerial.yaml"));
        Assert.Contains(result.Frames, f => f.BallHeight > 2);
        var svg = string.Concat(result.Phases.Select(phase => SvgFrameRenderer.Render(result, phase)));
        Assert.Contains("class=\"ball-height\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"ball-shadow\"", svg, StringComparison.Ordinal);
        Assert.Contains("\"ballHeights\":[", HtmlAnimationWriter.Render(result), StringComparison.Ordinal);
    }

    private static IReadOnlyList<PlayAction> Actions(Play play, int number) => play.Find(new PlayerId(Side.Attack, number))!.Actions;
}
