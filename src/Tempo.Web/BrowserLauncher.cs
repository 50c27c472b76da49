using System.ComponentModel;
using System.Diagnostics;

namespace Tempo.Web;

/// <summary>
/// Opens the app in the user's browser (`tempo serve --open`): the command named by the <c>BROWSER</c> environment variable
/// when it is set (the Unix convention: commands separated by ':', tried in turn; <c>%s</c> stands for the address, else the
/// address is appended), otherwise the system's opener (<c>xdg-open</c> on Linux, <c>open</c> on macOS, the shell on Windows).
/// </summary>
public static class BrowserLauncher
{
    /// <summary>How long an opener that exits (xdg-open hands the address on and ends) is watched for a failure.</summary>
    private static readonly TimeSpan Watch = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Starts a browser on <paramref name="address"/>; null when one was started (or is still starting), else the reason none
    /// could be, in a few words. <paramref name="browserVariable"/> is the <c>BROWSER</c> environment variable's value.
    /// </summary>
    public static async Task<string?> OpenAsync(Uri address, string? browserVariable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var reasons = new List<string>();
        foreach (var start in Commands(address.ToString(), browserVariable))
        {
            // The opener's own chatter is kept off the server's terminal; its last error line goes into the reason.
            start.RedirectStandardOutput = start.RedirectStandardError = !start.UseShellExecute;
            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
            {
                reasons.Add($"{start.FileName}: {e.Message}");
                continue;
            }
            if (process is null)
            {
                // The shell handed the address to a program already running.
                return null;
            }
            string? lastError = null;
            if (start.RedirectStandardError)
            {
                process.OutputDataReceived += (_, _) => { };
                process.ErrorDataReceived += (_, line) => lastError = string.IsNullOrWhiteSpace(line.Data) ? lastError : line.Data.Trim();
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
            }
            var exited = process.WaitForExitAsync(cancellationToken);
            if (await Task.WhenAny(exited, Task.Delay(Watch, cancellationToken)) != exited)
            {
                // A browser that runs on: left running (and its output drained) when the server stops.
                return null;
            }
            using (process)
            {
                if (process.ExitCode == 0)
                {
                    return null;
                }
                reasons.Add($"{start.FileName} exited with code {process.ExitCode}{(lastError is null ? "" : $": {lastError}")}");
            }
        }
        return string.Join("; ", reasons);
    }

    private static IEnumerable<ProcessStartInfo> Commands(string address, string? browserVariable)
    {
        if (!string.IsNullOrWhiteSpace(browserVariable))
        {
            foreach (var command in browserVariable.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var start = new ProcessStartInfo(words[0]) { UseShellExecute = false };
                foreach (var word in words.Skip(1))
                {
                    start.ArgumentList.Add(word.Replace("%s", address, StringComparison.Ordinal));
                }
                if (!command.Contains("%s", StringComparison.Ordinal))
                {
                    start.ArgumentList.Add(address);
                }
                yield return start;
            }
            yield break;
        }
        if (OperatingSystem.IsWindows())
        {
            yield return new ProcessStartInfo(address) { UseShellExecute = true };
            yield break;
        }
        var opener = new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open") { UseShellExecute = false };
        opener.ArgumentList.Add(address);
        yield return opener;
    }
}
