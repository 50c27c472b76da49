using Tempo.Timeline;

namespace Tempo.Soccer.Output;

/// <summary>Writes a run's files into a directory: one SVG per phase, the HTML animation, the timeline SVG, the Chrome trace and the event log.</summary>
public static class PlayOutputWriter
{
    /// <summary>Writes every output and returns the paths written, in a stable order.</summary>
    public static IReadOnlyList<string> WriteAll(PlayResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var phase in result.Phases)
        {
            written.Add(Write(directory, $"phase-{phase.Number}.svg", SvgFrameRenderer.Render(result, phase)));
        }
        written.Add(Write(directory, "play.html", HtmlAnimationWriter.Render(result)));
        written.Add(Write(directory, "timeline.svg", SvgTimelineRenderer.Render([result.Trace], new SvgTimelineOptions { Title = result.FormatOutcome() })));
        written.Add(Write(directory, "trace.json", ChromeTraceWriter.Write([result.Trace])));
        written.Add(Write(directory, "events.json", PlayJson.Events(result)));
        RemoveStalePhases(directory, result.Phases.Count);
        return written;
    }

    /// <summary>
    /// Frames of an earlier run with more phases would otherwise sit beside this run's as if they belonged to it
    /// (phase-3.svg of a goal next to a two-phase interception). Only this writer's own file names are touched.
    /// </summary>
    private static void RemoveStalePhases(string directory, int phases)
    {
        for (var n = phases + 1; File.Exists(Path.Combine(directory, $"phase-{n}.svg")); n++)
        {
            File.Delete(Path.Combine(directory, $"phase-{n}.svg"));
        }
    }

    private static string Write(string directory, string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
