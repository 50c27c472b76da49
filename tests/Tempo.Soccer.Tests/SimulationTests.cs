using Tempo.Timeline;
namespace Tempo.Soccer.Tests;

public sealed class SimulationTests
{
    [Fact]
    public void Book_DefaultSeed_ScoresWithNumber2AfterThreePhases()
    {
        var result = BookPlay.Run();
        Assert.True(result.Outcome.Goal, result.FormatOutcome());
        Assert.Equal(new PlayerId(Side.Attack, 2), result.Outcome.Scorer);
        Assert.Equal("Slovenia", result.Outcome.Team);
        Assert.Equal(3, result.Phases.Count);
        var passes = result.Events.Where(e => e.Type == PlayEventType.Pass).ToList();
        Assert.Equal(2, passes.Count);
        Assert.Equal((new PlayerId(Side.Attack, 2), new PlayerId(Side.Attack, 10)), (passes[0].Player!.Value, passes[0].Recipient!.Value));
        Assert.Equal((new PlayerId(Side.Attack, 10), new PlayerId(Side.Attack, 2)), (passes[1].Player!.Value, passes[1].Recipient!.Value));
        Assert.All(passes, p => Assert.Equal("Complete", p.Outcome));
        Assert.Contains(result.Events, e => e.Type == PlayEventType.Dribble && e.Player == new PlayerId(Side.Attack, 10));
        Assert.Contains(result.Events, e => e.Type == PlayEventType.Shot && e.Player == new PlayerId(Side.Attack, 2));
    }

    [Fact]
    public void Book_Number10WaitsForNumber2BeforeHePasses()
    {
        var result = BookPlay.Run();
        var ten = result.Lines.Single(l => l.Name == "#10");
        var wait = Assert.Single(ten.Spans, s => s.State == SpanState.Waiting && s.Label is { } label && label.Contains("#2 past x=", StringComparison.Ordinal));
        var secondPass = result.Events.Where(e => e.Type == PlayEventType.Pass).ElementAt(1);
        Assert.Equal(wait.End.TotalSeconds, secondPass.Time, 6);
        var twoAtPass = result.FrameAt(secondPass.Time).Players[result.Players.ToList().FindIndex(p => p.Id == new PlayerId(Side.Attack, 2))];
        Assert.True(twoAtPass.X >= 84.5, $"#2 was at {twoAtPass} when #10 passed");
        Assert.Contains(result.Trace.Lines, l => l.Name == "#10" && l.Spans.Any(s => s.Label is { } label && label.Contains("#2 past x=", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryPlayerAndTheBall_IsALineOfControl()
    {
        var result = BookPlay.Run();
        Assert.Equal(23, result.Trace.Lines.Count);
        Assert.Contains(result.Trace.Lines, l => l.Name == "ball");
        Assert.Contains(result.Trace.Lines, l => l.Name == "opp#1");
        Assert.Equal("ball", result.Lines[0].Name);
        Assert.Contains(result.Lines, l => l.Name == "#2");
    }

    [Fact]
    public void SameSeed_SameEvents()
    {
        var a = BookPlay.Run(new RunOptions { Seed = 11 });
        var b = BookPlay.Run(new RunOptions { Seed = 11 });
        Assert.Equal(Log(a), Log(b));
    }

    [Fact]
    public void CodeScripts_AndPlayFileActions_PlayTheSame()
    {
        var fromCode = BookPlay.Run(new RunOptions { Seed = 5 });
        var fromFile = PlaySimulator.Run(PlayFile.Load(TestData.Play("book.yaml")), new RunOptions { Seed = 5 });
        var fromJson = PlaySimulator.Run(PlayFile.Load(TestData.Path("plays", "book.json")), new RunOptions { Seed = 5 });
        Assert.Equal(Log(fromCode), Log(fromFile));
        Assert.Equal(Log(fromCode), Log(fromJson));
    }

    [Fact]
    public void Sequential_StretchesTheTimeline_DefendersRecover_AndTheGoalDoesNotCome()
    {
        var concurrent = BookPlay.Run();
        var sequential = BookPlay.Run(new RunOptions { Sequential = true });
        Assert.True(concurrent.Outcome.Goal, concurrent.FormatOutcome());
        Assert.False(sequential.Outcome.Goal, sequential.FormatOutcome());
        Assert.True(sequential.Outcome.Seconds > concurrent.Outcome.Seconds + 2, $"{sequential.Outcome.Seconds} vs {concurrent.Outcome.Seconds}");
        // The defence recovers: a defender drops goal-side of #2 and wins the ball.
        Assert.StartsWith("opp#", sequential.Outcome.Reason, StringComparison.Ordinal);
        Assert.Contains(sequential.Lines, l => l.Name.StartsWith("opp#", StringComparison.Ordinal) && l.Spans.Any(s => s.Label == "recover to #2"));
        var why = sequential.Explanation;
        Assert.NotNull(why);
        Assert.DoesNotContain('\n', why);
        Assert.Contains("took turns", why, StringComparison.Ordinal);
        Assert.Contains("recovered to #2", why, StringComparison.Ordinal);
        Assert.Contains("the goal does not come", why, StringComparison.Ordinal);
        Assert.Null(concurrent.Explanation);
    }

    [Fact]
    public void Sequential_TheAttacksLinesTakeTurns_WhileTheDefenceGoesOn()
    {
        var sequential = BookPlay.Run(new RunOptions { Sequential = true });
        IReadOnlyList<TimelineSpan> Runtime(string line) => sequential.Trace.Lines.Single(l => l.Name == line).Spans;
        // #10 has the ball from 1.6 s but may only dribble once #2 has finished his runs and waits for the ball.
        var twoRunsEnd = Runtime("#2").Where(s => s.State == SpanState.Running).Max(s => s.End);
        var tenFirstRun = Runtime("#10").First(s => s.State == SpanState.Running).Start;
        Assert.True(tenFirstRun >= twoRunsEnd, $"#10 ran at {tenFirstRun}, #2 ran until {twoRunsEnd}");
        Assert.Equal("its turn", Runtime("#10")[0].Label);
        Assert.Equal("its turn", Runtime("#9")[0].Label);
        // The defenders are not the attack's program: they move from the first moment.
        var opp6 = sequential.Lines.Single(l => l.Name == "opp#6");
        Assert.Contains(opp6.Spans, s => s.Start < TimeSpan.FromSeconds(2) && s.Label is { } label && label.StartsWith("press", StringComparison.Ordinal));
    }

    [Fact]
    public void SequentialExplanation_WhenTheConcurrentRunFailsToo_SaysSo()
    {
        // A reviewer's play: concurrently #9 is tackled; sequentially he gets further, to a shot that is saved.
        var play = PlayFile.Parse("""
            name: two
            seed: 5
            attack:
              name: Reds
              ball: 8
              players:
                - number: 8
                  role: midfielder
                  at: [60, 34]
                  actions:
                    - pass: 9
                    - run: [85, 30]
                - number: 9
                  role: forward
                  at: [75, 40]
                  actions:
                    - receive
                    - dribble: [92, 36]
                    - shoot: goal
                - {number: 1, role: goalkeeper, at: [5, 34]}
            defence:
              name: Blues
              players:
                - {number: 4, role: defender, at: [88, 30]}
                - {number: 5, role: defender, at: [88, 40]}
                - {number: 1, role: goalkeeper, at: [102, 34]}
            """, "two.yaml");
        var concurrent = PlaySimulator.Run(play);
        var sequential = PlaySimulator.Run(play, new RunOptions { Sequential = true });
        Assert.False(concurrent.Outcome.Goal);
        Assert.False(sequential.Outcome.Goal);
        var why = sequential.Explanation!;
        Assert.StartsWith("one line of control: Reds' lines took turns", why, StringComparison.Ordinal);
        Assert.Contains("fails as the concurrent run does, but differently", why, StringComparison.Ordinal);
        Assert.Contains($"(concurrently: {concurrent.Outcome.Reason})", why, StringComparison.Ordinal);
        Assert.DoesNotContain("the goal does not come", why, StringComparison.Ordinal);
    }

    [Fact]
    public void SequentialExplanation_WithOneScriptedLine_SaysNothingChanged()
    {
        var play = PlayFile.Parse("""
            name: alone
            attack:
              ball: 9
              players:
                - number: 9
                  role: forward
                  at: [88, 34]
                  actions:
                    - shoot: goal
            defence:
              players:
                - {number: 1, role: goalkeeper, at: [102, 34]}
            """, "alone.yaml");
        var concurrent = PlaySimulator.Run(play);
        var sequential = PlaySimulator.Run(play, new RunOptions { Sequential = true });
        Assert.Equal(concurrent.Outcome, sequential.Outcome);
        var why = sequential.Explanation!;
        Assert.Contains("no action had to wait for its turn", why, StringComparison.Ordinal);
        Assert.Contains("the timeline is the same", why, StringComparison.Ordinal);
        Assert.DoesNotContain("differently", why, StringComparison.Ordinal);
    }

    [Fact]
    public void TraceLinks_CreditTheTeammateOrTheBall_NotWhicheverLineSteppedTheWorld()
    {
        var trace = BookPlay.Run().Trace;
        string Name(int id) => trace.Lines[id].Name;
        var links = trace.Links.Select(l => (From: Name(l.FromLineId), To: Name(l.ToLineId), l.Label)).ToList();
        Assert.Contains(("#2", "#10", "#2 past x=85"), links);
        var ballArrives = links.Where(l => l.Label == "the ball").ToList();
        Assert.NotEmpty(ballArrives);
        Assert.All(ballArrives, l => Assert.Equal("ball", l.From));
        Assert.DoesNotContain(links, l => l.From.StartsWith("opp#", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AScriptThatThrows_SurfacesInEitherMode(bool sequential)
    {
        var scripts = new Dictionary<int, PlayScript>(BookPlay.Scripts)
        {
            [10] = (_, _) => Task.FromException(new InvalidOperationException("a bug in #10's script")),
        };
        var e = Assert.Throws<Tempo.Async.LineFailedException>(() => PlaySimulator.Run(BookPlay.Load(), new RunOptions { Sequential = sequential }, scripts));
        Assert.Equal("#10", e.LineName);
        Assert.Contains("a bug in #10's script", e.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SequentialExplanation_WhenBothRunsReachTheHorizon_SaysNothingChanged()
    {
        var play = PlayFile.Parse("""
            name: idle
            horizon: 3
            attack:
              ball: 9
              players:
                - {number: 9, role: forward, at: [60, 34]}
            defence:
              players:
                - {number: 1, role: goalkeeper, at: [102, 34], behaviour: hold}
            """, "idle.yaml");
        var why = PlaySimulator.Run(play, new RunOptions { Sequential = true }).Explanation!;
        Assert.Contains("it ends as the concurrent run does: nothing decided the play", why, StringComparison.Ordinal);
        Assert.DoesNotContain("differently", why, StringComparison.Ordinal);
        Assert.DoesNotContain("stretches", why, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsAreRecordedAsRunning_AndWaitsAsWaiting()
    {
        var result = BookPlay.Run();
        var two = result.Trace.Lines.Single(l => l.Name == "#2").Spans;
        Assert.Contains(two, s => s.State == SpanState.Running && s.Label == "run to (72.0, 8.0)");
        var ten = result.Trace.Lines.Single(l => l.Name == "#10").Spans;
        Assert.Contains(ten, s => s.State == SpanState.Waiting && s.Label == "#2 past x=85");
        // A defender reads the play every reaction time and keeps doing what he chose meanwhile: running, labelled.
        var six = result.Trace.Lines.Single(l => l.Name == "opp#6").Spans;
        Assert.Contains(six, s => s.State == SpanState.Running && s.Label == "press #10" && s.End - s.Start >= TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(six, s => s.Label == "delay");
    }

    [Fact]
    public void Offside_EachPassRecordsTheJudgementWithPositions()
    {
        var result = BookPlay.Run();
        var calls = result.Events.Where(e => e.Type is PlayEventType.Onside or PlayEventType.OffsidePosition).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.True(c.Data.ContainsKey("secondLastOpponentX") && c.Data.ContainsKey("ballX") && c.Data.ContainsKey("playerX")));
    }

    [Fact]
    public void StepTable_HasAColumnPerActingLine()
    {
        var table = BookPlay.Run().FormatStepTable();
        var header = table.Split('\n')[0];
        foreach (var name in new[] { "time", "ball", "#2", "#9", "#10", "#11" })
        {
            Assert.Contains(name, header, StringComparison.Ordinal);
        }
        Assert.Contains("pass #2→#10", table, StringComparison.Ordinal);
        Assert.Contains("wait: #2 past x=", table, StringComparison.Ordinal);
    }

    private static List<string> Log(PlayResult r) =>
        r.Events.Select(e => FormattableString.Invariant($"{e.Time:0.000} {e.Type} {e.Text} {e.Outcome}")).ToList();
}
