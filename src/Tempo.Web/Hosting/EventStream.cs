using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Tempo.Web.Hosting;

/// <summary>A Server-Sent Events response: <c>event: NAME</c> and <c>data: …</c> lines, flushed per event.</summary>
internal sealed class EventStream
{
    private readonly HttpResponse _response;

    private EventStream(HttpResponse response) => _response = response;

    public static async Task<EventStream> OpenAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(cancellationToken);
        return new EventStream(response);
    }

    /// <summary>Sends one event; false once the client has gone (the caller stops its work).</summary>
    public async Task<bool> SendAsync(string name, string data, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n'))
        {
            text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        }
        text.Append('\n');
        try
        {
            await _response.WriteAsync(text.ToString(), cancellationToken);
            await _response.Body.FlushAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            return false;
        }
    }
}
