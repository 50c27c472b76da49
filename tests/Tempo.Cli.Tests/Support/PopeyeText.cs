namespace Tempo.Cli.Tests.Support;

/// <summary>
/// Popeye's printed solution made comparable with Tempo's: the banner and the solving time dropped, and, since the two
/// programs generate moves in different orders, the lines under each line (by indentation) sorted, recursively. Lines at
/// the left margin (the diagram, twin headings) keep their order; empty lines are dropped.
/// </summary>
public static class PopeyeText
{
    /// <summary>Popeye's output without its first line (the banner) and with " Time = … s" cut from "solution finished.".</summary>
    public static string WithoutBannerAndTime(string popeye)
    {
        var lines = popeye.Replace("\r", "", StringComparison.Ordinal).Split('\n').Skip(1)
            .Select(l => l.StartsWith("solution finished. Time = ", StringComparison.Ordinal) ? "solution finished." : l);
        return string.Join('\n', lines);
    }

    /// <summary>The text with every group of indented lines sorted under its parent, empty lines dropped.</summary>
    public static string Normalize(string text)
    {
        var root = new Node("", -1);
        var stack = new Stack<Node>();
        stack.Push(root);
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }
            int indent = line.Length - line.TrimStart().Length;
            while (stack.Peek().Indent >= indent)
            {
                stack.Pop();
            }
            var node = new Node(line, indent);
            stack.Peek().Children.Add(node);
            stack.Push(node);
        }
        return string.Join('\n', root.Children.Select(c => c.Render(sort: true)));
    }

    private sealed class Node(string line, int indent)
    {
        public string Line { get; } = line;
        public int Indent { get; } = indent;
        public List<Node> Children { get; } = [];

        public string Render(bool sort)
        {
            var children = Children.Select(c => c.Render(sort));
            if (sort)
            {
                children = children.Order(StringComparer.Ordinal);
            }
            return string.Join('\n', children.Prepend(Line));
        }
    }
}
