namespace Tempo.Soccer.Plays;

/// <summary>
/// Finds an unbalanced flow bracket ('[' or '{') in YAML text, for the malformed input on which YamlDotNet gives up
/// without a position: which bracket, on which line, and what went wrong with it.
/// </summary>
internal static class YamlFlowBrackets
{
    /// <summary>The first bracket problem, as (line, reason), or null if the brackets balance.</summary>
    public static (int Line, string Reason)? FindProblem(string text)
    {
        var open = new Stack<(char Bracket, int Line)>();
        var line = 1;
        char? quote = null;
        var atLineStartOrSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                atLineStartOrSpace = true;
                continue;
            }
            if (quote is { } q)
            {
                if (q == '"' && c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }
                atLineStartOrSpace = false;
                continue;
            }
            switch (c)
            {
                case '#' when atLineStartOrSpace:
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }
                    continue;
                case '"' or '\'' when atLineStartOrSpace || open.Count > 0:
                    quote = c;
                    break;
                case '[' or '{':
                    open.Push((c, line));
                    break;
                case ']' or '}':
                    var expected = c == ']' ? '[' : '{';
                    if (open.Count == 0)
                    {
                        return (line, $"'{c}' closes nothing");
                    }
                    var (bracket, openedAt) = open.Pop();
                    if (bracket != expected)
                    {
                        return (line, $"'{c}' closes the '{bracket}' opened at line {openedAt}");
                    }
                    break;
            }
            atLineStartOrSpace = c is ' ' or '\t' or '[' or '{' or ',' or ':';
        }
        if (open.Count > 0)
        {
            var (bracket, openedAt) = open.ToArray()[^1];
            return (openedAt, $"the '{bracket}' opened here is never closed");
        }
        return null;
    }
}
