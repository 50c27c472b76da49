using System.Text.RegularExpressions;

namespace Tempo.Cli;

/// <summary>Rewrites System.CommandLine's parse errors that name .NET types into the `--option value: reason` style of the other refusals.</summary>
public static partial class ParseErrorText
{
    public static string Describe(string message)
    {
        var m = CannotParse().Match(message);
        if (!m.Success)
        {
            return message;
        }
        var reason = m.Groups["type"].Value switch
        {
            var t when t.Contains("System.Int32", StringComparison.Ordinal) => "not a whole number up to 2,147,483,647",
            var t when t.Contains("System.Int64", StringComparison.Ordinal) => "not a whole number",
            var t when t.Contains("System.Double", StringComparison.Ordinal) => "not a number",
            _ => "not a value this option accepts",
        };
        return $"{m.Groups["option"].Value} {m.Groups["value"].Value}: {reason}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$")]
    private static partial Regex CannotParse();
}
