using System.Diagnostics;
using System.Text;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Faults;

/// <summary>A real `tempo` child process that a test can kill (SIGKILL), interrupt (SIGINT) or watch.</summary>
internal sealed class ChildTempo : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    public ChildTempo(IReadOnlyList<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TempoProcess.TempoDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    /// <summary>SIGINT, as Ctrl-C in a terminal sends it.</summary>
    public void Interrupt()
    {
        if (IgnoresInterrupt())
        {
            throw new InvalidOperationException(
                $"the tempo child {Id} ignores SIGINT, so Ctrl-C cannot reach it: the test process inherited SIGINT ignored " +
                "(a background job of a shell without job control, e.g. `nohup … &` in a script, ignores it); run the tests in the foreground or with job control on (`set -m`)");
        }

        using var kill = Process.Start("kill", ["-INT", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Whether SIGINT is ignored in the child (a disposition inherited at exec that .NET keeps).</summary>
    private bool IgnoresInterrupt()
    {
        const ulong sigintBit = 1UL << (2 - 1);
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Id}/status"))
            {
                if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
                {
                    var mask = ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                    return (mask & sigintBit) != 0;
                }
            }
        }
        catch (IOException)
        {
            // The child has exited: there is nothing left to interrupt.
        }

        return false;
    }

    /// <summary>The peak resident set so far, from /proc (0 if the process is gone).</summary>
    public long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    /// <summary>Waits for exit; a child still running after <paramref name="timeout"/> is killed and the test fails.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tempo did not exit within {timeout}; stderr: {Error}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }
}
