using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tempo.Soccer.Plays;

/// <summary>
/// Reads play files (YAML, or JSON, which YAML 1.2 contains) into a validated <see cref="Play"/>.
/// The schema is documented in docs/play-file.md. Every error names the file, the line, the
/// path within the file and the reason.
/// </summary>
public static class PlayFile
{
    /// <summary>Reads and validates a play file.</summary>
    public static Play Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"play file '{path}' does not exist", path);
        }
        return Parse(System.IO.File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates play text; <paramref name="source"/> names it in errors.</summary>
    public static Play Parse(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            // One pass over the text: the loader reads through a parser that refuses nesting deeper than any play needs.
            stream.Load(new NestingLimitParser(new Parser(new StringReader(text)), source));
        }
        catch (YamlException e) when (TabIndentedLine(text) is { } tabLine && e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            throw new PlayFileException(source, tabLine, "(document)", "a tab indents this line: YAML indents with spaces only");
        }
        catch (YamlException e)
        {
            throw new PlayFileException(source, (int)e.Start.Line, "(document)", $"not valid YAML/JSON: {FirstLine(e.InnerException?.Message ?? e.Message)}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up this way, without a position, on some malformed input (an unclosed '[' or '{', an alias
            // after a collection): name the bracket if that is the cause.
            if (YamlFlowBrackets.FindProblem(text) is var (line, reason))
            {
                throw new PlayFileException(source, line, "(document)", $"not valid YAML/JSON: {reason}");
            }
            throw new PlayFileException(source, 0, "(document)", $"not valid YAML/JSON: the YAML reader gave up ({FirstLine(e.Message)})");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new PlayFileException(source, 1, "(document)", "expected a mapping with name, attack and defence");
        }
        var reader = new PlayFileReader(source);
        var play = reader.ReadPlay(root);
        PlayValidator.Validate(play, reader);
        return play with { Warnings = [.. reader.Warnings] };
    }

    /// <summary>The first line (from 1) whose indentation holds a tab, or null.</summary>
    private static int? TabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].AsSpan()[..(lines[i].Length - lines[i].TrimStart().Length)];
            if (indent.Contains('\t'))
            {
                return i + 1;
            }
        }
        return null;
    }

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n', StringComparison.Ordinal);
        return i < 0 ? s : s[..i];
    }
}
