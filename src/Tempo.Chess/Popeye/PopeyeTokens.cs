namespace Tempo.Chess.Popeye;

/// <summary>
/// Popeye's input split into words (blanks and line ends separate them; case is not significant), each with its line,
/// plus "the rest of this line" for the commands that take free text (remark, author, origin, title).
/// </summary>
internal sealed class PopeyeTokens(IReadOnlyList<string> lines, string fileName)
{
    private int _line;
    private int _column;

    /// <summary>The file's name, for errors.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The line of the last word read (1-based), or of the end of the input.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The last word read as written (case kept), for messages.</summary>
    public string Raw { get; private set; } = "";

    /// <summary>The next word in lower case, or null at the end of the input; <see cref="Line"/> is then its line.</summary>
    public string? Next()
    {
        var word = Peek(out int line, out int column, out int end);
        if (word is not null)
        {
            Raw = lines[line][column..end];
            _line = line;
            _column = end;
            Line = line + 1;
        }
        else
        {
            Line = lines.Count;
        }
        return word;
    }

    /// <summary>The next word in lower case without consuming it, or null at the end.</summary>
    public string? Peek() => Peek(out _, out _, out _);

    /// <summary>The rest of the current line as written (case kept), trimmed; the next word starts on the next line.</summary>
    public string RestOfLine()
    {
        if (_line >= lines.Count)
        {
            return "";
        }
        var rest = lines[_line][Math.Min(_column, lines[_line].Length)..].Trim();
        _line++;
        _column = 0;
        return rest;
    }

    /// <summary>A one-line error at the current line.</summary>
    public PopeyeInputException Error(string reason) => new(FileName, Line, reason);

    private string? Peek(out int line, out int column, out int end)
    {
        line = _line;
        column = _column;
        while (line < lines.Count)
        {
            var text = lines[line];
            while (column < text.Length && char.IsWhiteSpace(text[column]))
            {
                column++;
            }
            if (column < text.Length)
            {
                end = column;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
                return text[column..end].ToLowerInvariant();
            }
            line++;
            column = 0;
        }
        end = 0;
        return null;
    }
}
