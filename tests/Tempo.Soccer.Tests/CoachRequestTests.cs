namespace Tempo.Soccer.Tests;

/// <summary>What coaches asked for (issue #17): their colours, a legend, captions that name key events, clear messages.</summary>
public sealed class CoachRequestTests
{
    private const string Solo = """
        name: solo
        seed: 1
        horizon: 12
        attack:
          name: Blues
          colour: "#00f"
          ball: 10
          players:
            - number: 10
              role: midfielder
              at: [50, 34]
              actions:
                - dribble: [75, 34]
                  past: 2
                - shoot: goal
        defence:
          name: Whites
          colour: white
          players:
            - {number: 1, role: goalkeeper, at: [102, 34]}
            - {number: 2, role: defender, at: [60, 60], behaviour: hold}
        """;

    [Fact]
    public void TeamColours_FromThePlayFile_DrawEveryShirtAndTheLegend()
    {
        var play = PlayFile.Parse(Solo, "solo.yaml");
        Assert.Equal("#0000ff", play.Colours.Attack);
        Assert.Equal("#ffffff", play.Colours.Defence);
        var result = PlaySimulator.Run(play);
        var svg = SvgFrameRenderer.Render(result, result.Phases[0]);
        Assert.Contains("fill=\"#0000ff\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("fill=\"#d62828\"", svg, StringComparison.Ordinal);
        // A white shirt carries a dark number.
        Assert.Contains("fill=\"#111111\" font-weight=\"bold\">2<", svg, StringComparison.Ordinal);
        var html = HtmlAnimationWriter.Render(result);
        Assert.Contains("\"colour\":\"#0000ff\"", html, StringComparison.Ordinal);
        Assert.Contains("background:#0000ff", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPhasePicture_HasALegendNamingBothTeamsAndTheLines()
    {
        var result = PlaySimulator.Run(BookPlay.Load(), new RunOptions(), BookPlay.Scripts);
        Assert.True(result.Phases.Count >= 3);
        foreach (var phase in result.Phases)
        {
            var svg = SvgFrameRenderer.Render(result, phase);
            Assert.Contains("class=\"legend\"", svg, StringComparison.Ordinal);
            Assert.Contains("Slovenia (attack)", svg, StringComparison.Ordinal);
            Assert.Contains("Opponents (defence)", svg, StringComparison.Ordinal);
            foreach (var kind in new[] { "legend-run", "legend-ball", "legend-dribble" })
            {
                Assert.Contains(kind, svg, StringComparison.Ordinal);
            }
        }
        Assert.Contains("id=\"legend\"", HtmlAnimationWriter.Render(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Caption_NamesAScriptedDribblePastADefender_EvenWithoutADuel()
    {
        var result = PlaySimulator.Run(PlayFile.Parse(Solo, "solo.yaml"));
        Assert.DoesNotContain(result.Events, e => e.Type is PlayEventType.Dribble or PlayEventType.Duel);
        Assert.Contains("#10 dribbles past opp#2", result.Phases[0].Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Caption_DoesNotRepeatADribbleTheDuelAlreadyNamed()
    {
        foreach (var seed in Enumerable.Range(1, 12))
        {
            var result = PlaySimulator.Run(BookPlay.Load(), new RunOptions { Seed = seed }, BookPlay.Scripts);
            foreach (var phase in result.Phases)
            {
                var namesOpp6 = phase.Caption.Split("; ").Count(part => part.Contains("opp#6", StringComparison.Ordinal));
                Assert.True(namesOpp6 <= 1, $"seed {seed}: {phase.Caption}");
            }
        }
    }

    [Fact]
    public void ATabIndentingALine_IsReportedOnThatLine()
    {
        var text = Solo.Replace("    - {number: 2, role: defender", "\t- {number: 2, role: defender", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith('\t')) + 1;
        Assert.True(line > 20);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "tab.yaml"));
        Assert.Equal(line, e.Line);
        Assert.Contains("tab", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- shoot: goal", "- sprint: goal", "'sprint' is not an action")]
    [InlineData("- shoot: goal", "- recieve", "'recieve' is not an action")]
    public void AnUnknownAction_RepeatsTheWordTheCoachTyped(string from, string to, string reason)
    {
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(Solo.Replace(from, to, StringComparison.Ordinal), "typo.yaml"));
        Assert.Equal("attack.players[0].actions[1]", e.PathInFile);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AShotOutsideThePosts_IsWarnedAboutByItsAction()
    {
        Assert.Empty(PlayFile.Parse(Solo, "solo.yaml").Warnings);
        var play = PlayFile.Parse(Solo.Replace("- shoot: goal", "- shoot: [105, 20]", StringComparison.Ordinal), "wide.yaml");
        var warning = Assert.Single(play.Warnings);
        Assert.Equal("attack.players[0].actions[1].shoot", warning.PathInFile);
        Assert.Equal(15, warning.Line);
        Assert.Contains("outside the posts", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("wide.yaml:15: attack.players[0].actions[1].shoot:", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AReceiveNoPassServes_IsWarnedAboutByItsAction()
    {
        // #10 plays the ball into space, so #9's receive is not a deadlock, but no script passes to #9.
        var text = Solo.Replace("- shoot: goal", "- pass: [90, 40]\n    - number: 9\n      role: forward\n      at: [70, 40]\n      actions:\n        - receive\n        - shoot: goal", StringComparison.Ordinal);
        var play = PlayFile.Parse(text, "space.yaml");
        var warning = Assert.Single(play.Warnings);
        Assert.Equal("attack.players[1].actions[0]", warning.PathInFile);
        Assert.Contains("no script passes to #9", warning.Message, StringComparison.Ordinal);
        Assert.Empty(PlayFile.Load(TestData.Play("book.yaml")).Warnings);
    }
}
