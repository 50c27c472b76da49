using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Tempo.Cli;

/// <summary>
/// Rewrites System.CommandLine's parse errors (which name .NET types, or list allowed values on several lines) into
/// the one-line `--option value: reason` style of the other refusals.
/// </summary>
public static partial class ParseErrorText
{
    /// <summary>One line for a parse error, naming the option it concerns where System.CommandLine knows it.</summary>
    public static string Describe(ParseError error)
    {
        var notAllowed = NotAllowed().Match(error.Message);
        if (notAllowed.Success)
        {
            var allowed = AllowedValue().Matches(notAllowed.Groups["list"].Value).Select(m => m.Groups[1].Value);
            var name = OptionName(error.SymbolResult) ?? "argument";
            return $"{name} {notAllowed.Groups["value"].Value}: not one of {string.Join(", ", allowed)}";
        }
        return Describe(error.Message);
    }

    /// <summary>One line for a parse error's message.</summary>
    public static string Describe(string message)
    {
        var m = CannotParse().Match(message);
        if (!m.Success)
        {
            return message.ReplaceLineEndings(" ");
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

    private static string? OptionName(SymbolResult? result) => result switch
    {
        OptionResult option => option.Option.Name,
        ArgumentResult { Parent: OptionResult option } => option.Option.Name,
        ArgumentResult argument => argument.Argument.Name,
        _ => null,
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<list>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAllowed();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex AllowedValue();
}
