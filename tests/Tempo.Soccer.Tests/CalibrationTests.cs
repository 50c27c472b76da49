using Tempo.Soccer.Tracking;

namespace Tempo.Soccer.Tests;

/// <summary>The model's defaults measured on real data (issue #17): Metrica events, Last Row passes, players' speeds on tracks.</summary>
public sealed class CalibrationTests
{
    private static readonly string Metrica = TestData.Path("tracking", "metrica-Sample_Game_1_RawEventsData-first200.csv");
    private static readonly string Passes = TestData.Path("tracking", "lastrow-liverpool_2019_passes.csv");
    private static readonly string Liverpool = TestData.Path("tracking", "lastrow-LIV_2-1_CHE.csv");

    [Fact]
    public void Metrica_ReadsEveryEvent_ScaledToMetres_WithNaNAsUnknown()
    {
        var events = MetricaEventsReader.Load(Metrica);
        Assert.Equal(200, events.Count);
        Assert.Equal(new MetricaEvent("Away", "SET PIECE", "KICK OFF", 1, 0.04, 0, "Player19", "", null, null), events[0]);
        // Away,PASS,,1,1,0.04,3,0.12,Player19,Player21,0.45,0.39,0.55,0.43
        var pass = events[1];
        Assert.Equal(("PASS", "Player19", "Player21"), (pass.Type, pass.From, pass.To));
        Assert.Equal(0.45 * 105, pass.Start!.Value.X, 9);
        Assert.Equal(0.43 * 68, pass.End!.Value.Y, 9);
        Assert.Equal(0.08, pass.Duration, 9);
        var goal = Assert.Single(events, e => e.IsGoal);
        Assert.Equal(("Home", "Player9", 91.56), (goal.Team, goal.From, goal.StartSeconds));
    }

    [Fact]
    public void Metrica_ABadNumberOrAMissingColumn_IsOneLineNamingFileLineAndReason()
    {
        var bad = Assert.Throws<TrackingFileException>(() => MetricaEventsReader.Parse(
            "Team,Type,Subtype,Period,Start Frame,Start Time [s],End Frame,End Time [s],From,To,Start X,Start Y,End X,End Y\nHome,PASS,,1,1,x,3,0.12,P1,P2,0.1,0.1,0.2,0.2\n", "ev.csv"));
        Assert.Equal("ev.csv:2: Start Time [s] 'x' is not a number", bad.Message);
        var missing = Assert.Throws<TrackingFileException>(() => MetricaEventsReader.Parse("Team,Type\nHome,PASS\n", "ev.csv"));
        Assert.StartsWith("ev.csv:1: no 'Subtype' column", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PassFit_RecoversTheArrivalSpeedAndDecelerationOfPassesMadeByTheModel()
    {
        var made = Enumerable.Range(1, 30).Select(i => 4.0 + (1.5 * i))
            .Select(d => new ObservedPass(d, PassFit.TravelTime(d, 12.0, 1.5), "model")).ToList();
        var fit = PassFit.Fit(made, 0.8);
        Assert.Equal(1.5, fit.JointDeceleration, 6);
        Assert.Equal(12.0, fit.JointArrivalSpeed, 6);
        Assert.True(fit.JointRmsSeconds < 1e-9, $"rms {fit.JointRmsSeconds}");
        // With the wrong deceleration held, the arrival speed moves and the error is no longer zero.
        Assert.True(fit.RmsSeconds > 0.001, $"rms {fit.RmsSeconds}");
        Assert.Equal(30, fit.Passes);
    }

    [Fact]
    public void RunningFit_OnATrackRunByTheSprintModel_FindsItsTopSpeedAndTau()
    {
        // 8 m/s top speed, τ = 1 s: standing for a second, then 10 s from rest at 20 frames a second.
        var positions = Enumerable.Range(0, 220).Select(f => Math.Max(0, (f / 20.0) - 1))
            .Select(t => new Vec2(10 + (8 * (t - (1 - Math.Exp(-t)))), 30)).ToList();
        var (top, acceleration) = RunningFit.Peaks(positions, 20);
        Assert.InRange(top, 7.99, 8.0);
        // The highest acceleration (8 m/s² at the start) seen through 0.25 s of smoothing and ±0.1 s differences is lower:
        // top / acceleration alone would say τ = 1.23 s.
        Assert.InRange(acceleration, 6.4, 6.6);
        var data = new TrackingData("model", 20, positions, [.. positions.Select(_ => 0.0)], [new TrackedPlayer("1", Side.Attack, 9, positions)]);
        var fit = RunningFit.Measure([data]);
        Assert.Equal(1, fit.Sprinters);
        Assert.InRange(fit.Tau, 0.99, 1.01);
    }

    [Fact]
    public void Calibration_OnTheLiverpoolFiles_ReportsEachFitBesideItsDefault()
    {
        var tracks = LastRowReader.Load(Liverpool);
        var passes = LastRowPassesReader.Load(Passes);
        Assert.Equal(45, passes.Count);
        var events = MetricaEventsReader.Load(Metrica);
        var defaults = new PhysicsParameters();
        var calibration = Calibration.Measure([tracks], [.. passes, .. ObservedPass.FromMetrica(events, Metrica)], events, ["liv", "passes", "metrica"], defaults);
        var text = calibration.Format(defaults);
        Assert.Equal(20, calibration.Running!.Players);
        Assert.Contains("default MaxSpeed 8.50", text, StringComparison.Ordinal);
        Assert.Contains("default Tau 1.00", text, StringComparison.Ordinal);
        Assert.Contains("default PassArrivalSpeed 11.0", text, StringComparison.Ordinal);
        Assert.InRange(calibration.Running.HighestSpeed, 7, 10.5);
        Assert.InRange(calibration.Passing!.MedianSpeed, 8, 16);
        // Same files, same numbers.
        Assert.Equal(text, Calibration.Measure([tracks], [.. passes, .. ObservedPass.FromMetrica(events, Metrica)], events, ["liv", "passes", "metrica"], defaults).Format(defaults));
    }
}
