using System.Diagnostics;
using System.Globalization;

namespace Tempo.Cli.Tests.Cluster;

/// <summary>
/// A throwaway PostgreSQL server of Debian's `postgresql` package: initdb into a temporary folder, started with pg_ctl
/// on a free loopback port (trust authentication, no fsync), with an empty database 'tempo'; stopped and deleted when
/// disposed. PostgreSQL refuses to run as root, so under root its programs run as 'nobody' (setpriv, util-linux).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const int Nobody = 65534;
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(2);
    private readonly string _bin;
    private readonly string _folder;
    private readonly string _data;

    public PostgresServer()
    {
        _bin = FindPrograms();
        _folder = Directory.CreateTempSubdirectory("tempo-postgres-").FullName;
        _data = Path.Combine(_folder, "data");
        if (Environment.IsPrivilegedProcess)
        {
            Run("/bin/chown", [$"{Nobody}:{Nobody}", _folder]);
        }
        Port = ClusterProcessFaultTests.FreePortPair();
        var port = Port.ToString(CultureInfo.InvariantCulture);
        Run(Path.Combine(_bin, "initdb"), ["-D", _data, "-U", "tempo", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]);
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-w", "-t", "100", "-l", Path.Combine(_folder, "log"),
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start"]);
        Run(Path.Combine(_bin, "createdb"), ["-h", "127.0.0.1", "-p", port, "-U", "tempo", "tempo"]);
    }

    public int Port { get; }

    /// <summary>The membership of the empty database 'tempo' (no password: the server trusts loopback).</summary>
    public string Membership => $"postgres://tempo@127.0.0.1:{Port}/tempo";

    /// <summary>Runs SQL in the database 'tempo' (or <paramref name="database"/>) with psql and returns what it printed (unaligned, tuples only).</summary>
    public string Query(string sql, string database = "tempo") =>
        Run(Path.Combine(_bin, "psql"), ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "tempo", "-d", database, "-At", "-c", sql]);

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-m", "immediate", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The newest installed PostgreSQL's programs (Debian keeps them in /usr/lib/postgresql/VERSION/bin).</summary>
    private static string FindPrograms()
    {
        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out int v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new Xunit.Sdk.XunitException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); install it with: apt-get install -y postgresql (./test.sh does it)");
    }

    private string Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(Environment.IsPrivilegedProcess && !program.StartsWith("/bin/", StringComparison.Ordinal) ? "setpriv" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        if (start.FileName == "setpriv")
        {
            foreach (var arg in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", program })
            {
                start.ArgumentList.Add(arg);
            }
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Step))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} took over {Step.TotalMinutes} min");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result} {output.Result}");
        }
        return output.Result;
    }
}
