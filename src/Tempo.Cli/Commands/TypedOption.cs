using System.CommandLine;

namespace Tempo.Cli.Commands;

/// <summary>
/// Options that arrive typed in a command's action: the text is read by the same function the HTTP API uses (so both
/// refuse the same input with the same words), at parse time, and a refusal is a parse error (one line, exit 2).
/// </summary>
public static class TypedOption
{
    /// <summary>An option read by <paramref name="read"/>, which gets null when the option is absent (its default).</summary>
    public static Option<T> Create<T>(string name, string description, Func<string?, T> read)
    {
        return new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => read(null),
            CustomParser = result => Read(result, result.Tokens.Count == 0 ? null : result.Tokens[^1].Value, read),
        };
    }

    /// <summary>An argument read by <paramref name="read"/>.</summary>
    public static Argument<T> CreateArgument<T>(string name, string description, Func<string, T> read)
    {
        return new Argument<T>(name)
        {
            Description = description,
            CustomParser = result => Read<T>(result, result.Tokens[^1].Value, text => read(text!)),
        };
    }

    /// <summary>The value <paramref name="read"/> makes of <paramref name="text"/>, or a parse error with its refusal.</summary>
    private static T Read<T>(System.CommandLine.Parsing.ArgumentResult result, string? text, Func<string?, T> read)
    {
        try
        {
            return read(text);
        }
        catch (Exception e) when (InputErrors.IsBadInput(e))
        {
            result.AddError(e.Message);
            return default!;
        }
    }
}
