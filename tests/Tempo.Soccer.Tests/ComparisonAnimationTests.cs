using Tempo.Soccer.Lines;
using Tempo.Soccer.Plays;
using Tempo.Soccer.Tracking;

namespace Tempo.Soccer.Tests;

/// <summary>The compare command's side-by-side animation (issue #17): the real and the simulated play on one clock.</summary>
public sealed class ComparisonAnimationTests
{
    [Fact]
    public void Animation_OfTheLiverpoolGoal_HasAFrameEveryTenthOfASecondWithBothPlaysDrawn()
    {
        var data = LastRowReader.Load(TestData.Path("tracking", "lastrow-LIV_2-1_CHE.csv"));
        var import = PlayImporter.Import(data, "liv");
        var result = PlaySimulator.Run(PlayFile.Parse(import.Yaml, "liv.yaml"));
        var c = PlayComparison.Measure(result, data, import.StartFrame);
        var frames = ComparisonAnimation.Frames(result, data, import.StartFrame, c);
        // Frames 29, 31, ..., 175 (the goal): every other frame of the 20 fps tracks.
        Assert.Equal(((175 - 29) / 2) + 1, frames.Count);
        for (var k = 0; k < frames.Count; k++)
        {
            var f = import.StartFrame + (2 * k);
            Assert.Equal(data.Ball[f], frames[k].RealBall);
            Assert.Equal(result.FrameAt(k * 0.1).Ball, frames[k].SimulatedBall);
            Assert.Equal(result.Players.Count, frames[k].Simulated.Count);
            Assert.Equal(20, frames[k].Real.Count(p => p is not null));
        }
        // The simulated ball moves, and it is not the real one: two different tracks are drawn.
        Assert.NotEqual(frames[0].SimulatedBall, frames[^1].SimulatedBall);
        Assert.Contains(frames, f => f.RealBall.DistanceTo(f.SimulatedBall) > 0.5);
        var html = ComparisonAnimation.Render(result, data, import.StartFrame, c);
        Assert.Contains("<svg id=\"real\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"sim\"", html, StringComparison.Ordinal);
        Assert.Equal(frames.Count, html.Split("\"t\":").Length - 1);
        Assert.DoesNotContain("%DATA%", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
