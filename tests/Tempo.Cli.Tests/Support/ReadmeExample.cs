using System.Text;

namespace Tempo.Cli.Tests.Support;

/// <summary>
/// One `$ tempo …` example from a ```console block of README.md with the output lines shown under it.
/// A shown line must appear in the real output; a line with `…` matches on the text before the `…`
/// (used where numbers such as times differ per run); `# exit N` states the expected exit code.
/// </summary>
public sealed record ReadmeExample(int LineNumber, string CommandLine, IReadOnlyList<string> Arguments, IReadOnlyList<string> ExpectedLines, int ExpectedExitCode)
{
    public override string ToString() => $"README.md:{LineNumber}: {CommandLine}";

    public static IReadOnlyList<ReadmeExample> ParseAll(string markdown)
    {
        var examples = new List<ReadmeExample>();
        var lines = markdown.Split('\n');
        var inConsole = false;
        (int Line, string Command)? current = null;
        var expected = new List<string>();
        var exitCode = 0;

        void Flush()
        {
            if (current is { } c)
            {
                examples.Add(new ReadmeExample(c.Line, c.Command, SplitArguments(c.Command["tempo ".Length..]), expected.ToArray(), exitCode));
            }
            current = null;
            expected.Clear();
            exitCode = 0;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                inConsole = !inConsole && line.Trim() == "```console";
                continue;
            }
            if (!inConsole)
            {
                continue;
            }
            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                Flush();
                var command = line[2..].Trim();
                if (command.StartsWith("tempo ", StringComparison.Ordinal))
                {
                    current = (i + 1, command);
                }
            }
            else if (line.StartsWith("# exit ", StringComparison.Ordinal))
            {
                exitCode = int.Parse(line["# exit ".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (current is not null && line.Trim().Length > 0)
            {
                expected.Add(line);
            }
        }
        Flush();
        return examples;
    }

    /// <summary>Splits like a POSIX shell for the simple cases README uses: spaces, "double" and 'single' quotes.</summary>
    public static IReadOnlyList<string> SplitArguments(string text)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var inArg = false;
        char quote = '\0';
        foreach (var ch in text)
        {
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
                inArg = true;
            }
            else if (char.IsWhiteSpace(ch))
            {
                if (inArg)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    inArg = false;
                }
            }
            else
            {
                current.Append(ch);
                inArg = true;
            }
        }
        if (inArg)
        {
            args.Add(current.ToString());
        }
        return args;
    }
}
