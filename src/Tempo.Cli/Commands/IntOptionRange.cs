using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;

namespace Tempo.Cli.Commands;

/// <summary>
/// Range checks on whole-number options, made at parse time: a value out of range is refused in one line
/// (`--runs 0: give at least one run`, exit 2) before a command reads a file or starts any work.
/// </summary>
public static class IntOptionRange
{
    /// <summary>Refuses values of <paramref name="option"/> outside <paramref name="min"/>..<paramref name="max"/> with <paramref name="reason"/>.</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max, string reason)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result => Check(result, option.Name, min, max, reason));
        return option;
    }

    /// <summary>Refuses given values of <paramref name="option"/> outside <paramref name="min"/>..<paramref name="max"/> with <paramref name="reason"/>.</summary>
    public static Option<int?> InRange(this Option<int?> option, int min, int max, string reason)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result => Check(result, option.Name, min, max, reason));
        return option;
    }

    /// <summary>Checks the value given on the command line; a default is not checked, and text that is no number is
    /// left to the option's own conversion error.</summary>
    private static void Check(OptionResult result, string name, int min, int max, string reason)
    {
        if (result.Tokens.Count == 0
            || !int.TryParse(result.Tokens[^1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return;
        }
        if (value < min || value > max)
        {
            result.AddError(FormattableString.Invariant($"{name} {value}: {reason}"));
        }
    }
}
