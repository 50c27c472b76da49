using System.CommandLine;

namespace Tempo.Cli.Commands;

/// <summary>The shared `--format` option: each command names the formats it can write, the first is the default.</summary>
public static class FormatOption
{
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)} (default {formats[0]}).",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
