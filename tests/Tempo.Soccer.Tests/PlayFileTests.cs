namespace Tempo.Soccer.Tests;

public sealed class PlayFileTests
{
    private const string Valid = """
        name: small
        seed: 3
        attack:
          ball: 2
          players:
            - number: 2
              role: defender
              at: [40, 10]
              actions:
                - pass: 10
                - run: [80, 10]
            - number: 10
              role: midfielder
              at: [55, 25]
              actions:
                - receive
                - wait: {player: 2, past_x: 75}
        defence:
          players:
            - {number: 1, role: goalkeeper, at: [102, 34]}
            - {number: 4, role: defender, at: [85, 30], behaviour: mark, mark: 10}
        """;

    [Fact]
    public void Parse_ReadsTeamsActionsAndBehaviours()
    {
        var play = PlayFile.Parse(Valid, "small.yaml");
        Assert.Equal("small", play.Name);
        Assert.Equal(3, play.Seed);
        Assert.Equal(4, play.Players.Count);
        var two = play.Find(new PlayerId(Side.Attack, 2))!;
        Assert.Equal(new PassAction(10, null), two.Actions[0]);
        Assert.Equal(new RunAction(new Vec2(80, 10)), two.Actions[1]);
        var ten = play.Find(new PlayerId(Side.Attack, 10))!;
        Assert.IsType<ReceiveAction>(ten.Actions[0]);
        Assert.Equal(75, Assert.IsType<WaitAction>(ten.Actions[1]).Condition.PastX);
        var four = play.Find(new PlayerId(Side.Defence, 4))!;
        Assert.Equal(DefenderBehaviour.Mark, four.Behaviour);
        Assert.Equal(10, four.MarkTarget);
    }

    [Fact]
    public void Load_BookYamlAndItsJsonTwin_Agree()
    {
        var yaml = PlayFile.Load(TestData.Play("book.yaml"));
        var json = PlayFile.Load(TestData.Path("plays", "book.json"));
        Assert.Equal(22, yaml.Players.Count);
        Assert.Equal(yaml.Players.Select(Describe), json.Players.Select(Describe));
        Assert.Equal(yaml.BallHolder, json.BallHolder);
        Assert.Equal(yaml.Seed, json.Seed);
    }

    [Fact]
    public void BuiltInBook_IsTheRepositoryFile()
    {
        Assert.Equal(File.ReadAllText(TestData.Play("book.yaml")).ReplaceLineEndings(), BookPlay.Text().ReplaceLineEndings());
        Assert.Equal("built-in", BookPlay.Load().Source);
    }

    [Fact]
    public void Load_UnknownRecipient_NamesFilePathAndReason()
    {
        var path = TestData.Path("plays", "unknown-recipient.yaml");
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Load(path));
        Assert.Equal("attack.players[0].actions[0].pass", e.PathInFile);
        Assert.Contains("no attacking player #14", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ":10:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- pass: 10", "- pass: ", "attack.players[0].actions[0].pass", "names no one")]
    [InlineData("at: [40, 10]", "at: [40, 70]", "attack.players[0].at", "off the pitch")]
    [InlineData("past_x: 75", "past_x: 95", "attack.players[1].actions[1].wait", "can never be satisfied")]
    [InlineData("{player: 2, past_x: 75}", "{player: 9, past_x: 75}", "attack.players[1].actions[1].wait.player", "no attacking player #9")]
    [InlineData("{player: 2, past_x: 75}", "{past_x: 75}", "attack.players[1].actions[1].wait.player", "names no one")]
    [InlineData("{player: 2, past_x: 75}", "{player: 10, past_x: 75}", "attack.players[1].actions[1].wait.player", "waits for himself")]
    [InlineData("mark: 10", "mark: 11", "defence.players[1].mark", "no attacking player #11")]
    [InlineData("role: midfielder", "role: striker", "attack.players[1].role", "not a role")]
    [InlineData("ball: 2", "ball: 5", "attack.ball", "no attacking player #5")]
    [InlineData("- run: [80, 10]", "- sprint: [80, 10]", "attack.players[0].actions[1]", "'sprint' is not an action")]
    [InlineData("seed: 3", "seed: three", "seed", "not a number")]
    [InlineData("seed: 3", "speed: 3", "speed", "unknown key")]
    public void Parse_BadInput_NamesThePathAndTheReason(string from, string to, string path, string reason)
    {
        var text = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "bad.yaml"));
        Assert.Equal(path, e.PathInFile);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("bad.yaml:", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Fact]
    public void Parse_WaitsInACycle_AreRefusedAsADeadlock()
    {
        // #10 now runs past x = 75 only after #2 is past x = 70, and #2 only moves after #10's wait: a cycle.
        var text = Valid
            .Replace("- pass: 10", "- wait: {player: 10, past_x: 75}", StringComparison.Ordinal)
            .Replace("- wait: {player: 2, past_x: 75}", "- wait: {player: 2, past_x: 70}\n        - run: [80, 30]", StringComparison.Ordinal)
            .Replace("        - receive\n", "", StringComparison.Ordinal);
        Assert.Contains("- run: [80, 30]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("receive", text, StringComparison.Ordinal);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "cycle.yaml"));
        Assert.Equal("attack.players[0].actions[0].wait", e.PathInFile);
        Assert.Contains("deadlock", e.Reason, StringComparison.Ordinal);
        Assert.Contains("#2 waits for '#10 past x=75'", e.Reason, StringComparison.Ordinal);
        Assert.Contains("#10 waits for '#2 past x=70'", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AReceiveNoScriptEverServes_IsRefusedAsADeadlock()
    {
        // #2 keeps the ball and waits for #10 to be past x = 75, but #10 first waits to receive a pass that only comes after.
        var text = Valid.Replace("- pass: 10", "- wait: {player: 10, past_x: 75}", StringComparison.Ordinal)
            .Replace("- wait: {player: 2, past_x: 75}", "- run: [80, 25]", StringComparison.Ordinal);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "receive.yaml"));
        Assert.Contains("deadlock", e.Reason, StringComparison.Ordinal);
        Assert.Contains("#2 waits for '#10 past x=75'", e.Reason, StringComparison.Ordinal);
        Assert.Contains("#10 waits to receive the ball (actions[0])", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_APassIntoSpace_LetsAnyoneReceive()
    {
        var text = Valid.Replace("- pass: 10", "- pass: [60, 25]", StringComparison.Ordinal);
        Assert.NotNull(PlayFile.Parse(text, "space.yaml"));
    }

    [Theory]
    [InlineData("goal_kick", "at: [40, 10]", "goal kick is taken inside the attack's own goal area")]
    [InlineData("corner_kick", "at: [40, 10]", "corner kick is taken at a corner arc")]
    [InlineData("throw_in", "at: [40, 10]", "throw-in is taken on a touch line")]
    public void Parse_ARestartFromTheWrongPlace_IsRefused(string restart, string at, string reason)
    {
        var text = Valid.Replace("seed: 3", $"seed: 3\nrestart: {restart}", StringComparison.Ordinal);
        Assert.Contains(at, text, StringComparison.Ordinal);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "restart.yaml"));
        Assert.Equal("restart", e.PathInFile);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Contains("#2 stands at (40.0, 10.0)", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("throw_in", "at: [40, 0.5]")]
    [InlineData("goal_kick", "at: [3, 30]")]
    [InlineData("corner_kick", "at: [104.5, 67.5]")]
    public void Parse_ARestartFromItsPlace_IsAccepted(string restart, string at)
    {
        var text = Valid.Replace("seed: 3", $"seed: 3\nrestart: {restart}", StringComparison.Ordinal).Replace("at: [40, 10]", at, StringComparison.Ordinal);
        Assert.Equal(restart.Replace("_", "", StringComparison.Ordinal), PlayFile.Parse(text, "restart.yaml").Restart.ToString(), ignoreCase: true);
    }

    [Fact]
    public void Parse_TwoPlayersOnOneSpot_IsRefused()
    {
        var text = Valid.Replace("at: [85, 30]", "at: [55, 25.2]", StringComparison.Ordinal);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "spot.yaml"));
        Assert.Equal("defence.players[1].at", e.PathInFile);
        Assert.Contains("opp#4 stands on the same spot as #10", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateShirtNumber_IsAnError()
    {
        var text = Valid.Replace("- number: 10", "- number: 2", StringComparison.Ordinal).Replace("- pass: 10", "- run: [50, 10]", StringComparison.Ordinal);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "dup.yaml"));
        Assert.Contains("appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenYaml_GivesTheLine()
    {
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse("name: x\nattack: [\n", "broken.yaml"));
        Assert.Contains("not valid YAML/JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => PlayFile.Load(TestData.Path("plays", "no-such-play.yaml")));

    private static string Describe(PlayerSpec p) =>
        $"{p.Id} {p.Role} {p.Start} {p.Behaviour} {p.MarkTarget} {p.Duel} {p.MaxSpeed} {string.Join(";", p.Actions.Select(a => a.Describe()))}";
}
