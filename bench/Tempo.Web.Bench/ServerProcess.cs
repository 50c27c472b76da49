using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Tempo.Web.Bench;

/// <summary>`tempo serve --port 0` as a child process on loopback, and its memory as the kernel counts it.</summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the server; <paramref name="serveOptions"/> are passed on (e.g. <c>--max-jobs 20</c>), none for its defaults.</summary>
    public static async Task<ServerProcess> StartAsync(string tempo, IEnumerable<string> serveOptions, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tempo) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--host", "127.0.0.1", "--port", "0" }.Concat(serveOptions))
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{tempo}: could not be started");
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        var match = line is null ? null : Serving().Match(line);
        if (match is not { Success: true })
        {
            process.Kill();
            throw new InvalidOperationException($"{tempo} serve said '{line}' instead of its address; stderr: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
        }
        return new ServerProcess(process, new Uri(match.Groups[1].Value));
    }

    /// <summary>Resident memory now (VmRSS) and the most it has held (VmHWM), in MiB.</summary>
    public (double Now, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        return (Kilobytes(status, "VmRSS:") / 1024.0, Kilobytes(status, "VmHWM:") / 1024.0);
    }

    private static long Kilobytes(string[] status, string field) =>
        long.Parse(status.First(l => l.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"serving (http://\S+/)")]
    private static partial Regex Serving();
}
