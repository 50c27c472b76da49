using Tempo.Soccer.Tracking;

namespace Tempo.Soccer.Tests;

/// <summary>Both importers open their play file with the same header, written in one place (the text as it was before they shared it).</summary>
public sealed class ImportHeaderTests
{
    [Fact]
    public void TheTrackingImport_OpensWithHowItWasMade_ItsNameDescriptionSeedAndHorizon()
    {
        var source = TestData.Path("tracking", "lastrow-LIV_2-1_CHE.csv");
        var yaml = PlayImporter.Import(LastRowReader.Load(source), "liv").Yaml;
        Assert.Equal(
            [
                $"# Made by `tempo soccer import {source} --format lastrow` from frame 29 (1.45 s), when the attack first controls the ball.",
                "# Positions are turned so that the attack plays towards x = 105; scripts are inferred from the tracks.",
                "name: liv",
                "description: Imported from lastrow-LIV_2-1_CHE.csv, frames 29-175.",
                "seed: 1",
                "horizon: 12.3",
                "# The ball's deceleration on this clip's passes (median least-squares slope of the ball's speed in flight); each",
            ],
            yaml.Split(Environment.NewLine).Take(7));
    }

    [Fact]
    public void TheEventsImport_OpensWithHowItWasMade_ItsNameDescriptionSeedAndHorizon()
    {
        var source = TestData.Path("tracking", "metrica-Sample_Game_1_RawEventsData-first200.csv");
        var yaml = MetricaImporter.Import(MetricaEventsReader.Load(source), 1, source, "goal1").Yaml;
        Assert.Equal(
            [
                $"# Made by `tempo soccer import {source} --format metrica-events --goal 1` from the scoring move's events,",
                "# turned so that the attack plays towards x = 105; the defence is the goalkeeper and a stand-in (events do not place the others).",
                "name: goal1",
                "description: Goal 1 of metrica-Sample_Game_1_RawEventsData-first200.csv (Home, period 1, 85.72-92.36 s).",
                "seed: 1",
                "horizon: 11.55",
                "restart: corner_kick",
            ],
            yaml.Split(Environment.NewLine).Take(7));
    }
}
