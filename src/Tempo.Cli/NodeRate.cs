using System.Globalization;
using System.Text.Json;

namespace Tempo.Cli;

/// <summary>How many nodes a count visited, in how many milliseconds: the three lines (or fields) perft and `bench chess` end with.</summary>
public readonly record struct NodeRate(long Nodes, long Ms, long Nps)
{
    public static NodeRate Of(long nodes, TimeSpan elapsed) =>
        new(nodes, (long)elapsed.TotalMilliseconds, (long)(nodes / Math.Max(elapsed.TotalSeconds, 1e-9)));

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("nodes", Nodes);
        writer.WriteNumber("ms", Ms);
        writer.WriteNumber("nps", Nps);
    }

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nodes {Nodes}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ms {Ms}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nps {Nps}"));
    }
}
