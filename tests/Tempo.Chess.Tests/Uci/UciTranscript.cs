using System.Text;
using Tempo.Chess.Uci;

namespace Tempo.Chess.Tests.Uci;

/// <summary>A UCI engine driven in-process: commands go in, the engine's lines are collected and can be awaited.</summary>
internal sealed class UciTranscript : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly LineWriter _writer = new();

    public UciTranscript()
    {
        Engine = new UciEngine(_writer);
    }

    public UciEngine Engine { get; }

    public IReadOnlyList<string> Lines => _writer.Snapshot();

    public void Send(params string[] commands)
    {
        foreach (var command in commands)
        {
            Assert.True(Engine.Execute(command), $"'{command}' ended the session");
        }
    }

    /// <summary>Waits for a line starting with <paramref name="prefix"/> after the first <paramref name="from"/> lines and returns its index.</summary>
    public int WaitFor(string prefix, int from = 0)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var lines = _writer.Snapshot();
            for (int i = from; i < lines.Count; i++)
            {
                if (lines[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    return i;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"no line starting '{prefix}' within {Patience.TotalSeconds} s; got:\n{string.Join('\n', lines)}");
            _writer.WaitForMore(lines.Count, TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Runs one search to its bestmove and returns the lines it produced (the bestmove last).</summary>
    public IReadOnlyList<string> Search(string go)
    {
        int start = Lines.Count;
        Send(go);
        int end = WaitFor("bestmove", start);
        Engine.WaitForSearch();
        return Lines.Skip(start).Take(end - start + 1).ToArray();
    }

    public void Dispose() => Engine.Dispose();

    private sealed class LineWriter : TextWriter
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _partial = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_lines)
            {
                if (value == '\n')
                {
                    _lines.Add(_partial.ToString().TrimEnd('\r'));
                    _partial.Clear();
                    Monitor.PulseAll(_lines);
                }
                else
                {
                    _partial.Append(value);
                }
            }
        }

        public List<string> Snapshot()
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }

        public void WaitForMore(int count, TimeSpan timeout)
        {
            lock (_lines)
            {
                if (_lines.Count <= count)
                {
                    Monitor.Wait(_lines, timeout);
                }
            }
        }
    }
}
