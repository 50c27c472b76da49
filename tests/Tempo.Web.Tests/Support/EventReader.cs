using System.Diagnostics;

namespace Tempo.Web.Tests.Support;

/// <summary>Reads a Server-Sent Events response one event at a time, noting when each arrived.</summary>
public sealed class EventReader : IDisposable
{
    private readonly HttpResponseMessage _response;
    private StreamReader? _reader;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public EventReader(HttpResponseMessage response) => _response = response;

    public HttpResponseMessage Response => _response;

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<(string Name, string Data, TimeSpan At)?> NextAsync(CancellationToken cancellationToken = default)
    {
        _reader ??= new StreamReader(await _response.Content.ReadAsStreamAsync(cancellationToken));
        string? name = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, string.Join('\n', data), _clock.Elapsed);
                }
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line[6..]);
            }
        }
        return null;
    }

    /// <summary>Every event to the end of the stream.</summary>
    public async Task<List<(string Name, string Data, TimeSpan At)>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<(string, string, TimeSpan)>();
        while (await NextAsync(cancellationToken) is { } e)
        {
            all.Add(e);
        }
        return all;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _response.Dispose();
    }
}
