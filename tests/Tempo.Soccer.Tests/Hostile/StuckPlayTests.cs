namespace Tempo.Soccer.Tests.Hostile;

/// <summary>Plays that cannot finish: they end with a report of why, never a hang.</summary>
public sealed class StuckPlayTests
{
    private const string Standoff = """
        name: standoff
        attack:
          ball: 2
          players:
            - number: 2
              role: defender
              at: [50, 10]
              actions:
                - wait: {player: 10, past_x: 80}
                - run: [90, 10]
            - number: 10
              role: midfielder
              at: [56, 25]
              actions:
                - wait: {player: 2, past_x: 80}
                - run: [90, 30]
        defence:
          players:
            - {number: 1, role: goalkeeper, at: [102, 34]}
        """;

    [Fact]
    public void Waits_that_can_never_all_be_satisfied_are_reported_as_a_deadlock_with_the_wait_for_list()
    {
        // #2 waits for #10 and #10 waits for #2 before either has moved: a cycle in the wait-for graph.
        // Either the validator refuses the play naming the cycle, or the run ends as a deadlock listing both waits.
        string report;
        try
        {
            var result = PlaySimulator.Run(PlayFile.Parse(Standoff, "standoff.yaml"));
            Assert.Equal("deadlock", result.Outcome.Kind);
            report = result.Outcome.Reason;
        }
        catch (PlayFileException e)
        {
            report = e.Message;
            Assert.Contains("deadlock", report, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("#2", report, StringComparison.Ordinal);
        Assert.Contains("#10", report, StringComparison.Ordinal);
        Assert.Contains("past x=80", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_play_that_runs_past_its_horizon_stops_there_with_a_report()
    {
        var text = Standoff.Replace("name: standoff", "name: slow\nhorizon: 5", StringComparison.Ordinal)
            .Replace("- wait: {player: 10, past_x: 80}", "- wait: {seconds: 30}", StringComparison.Ordinal)
            .Replace("- wait: {player: 2, past_x: 80}", "- wait: {seconds: 30}", StringComparison.Ordinal);
        var result = PlaySimulator.Run(PlayFile.Parse(text, "slow.yaml"));

        Assert.False(result.Outcome.Goal);
        Assert.Equal("horizon", result.Outcome.Kind);
        Assert.Equal(5, result.Outcome.Seconds, 1);
        Assert.Equal("nothing decided the play within 5 s", result.Outcome.Reason);
        Assert.Contains(result.Events, e => e.Type == PlayEventType.Horizon);
    }
}
