using System.CommandLine;
using Tempo.Web;

namespace Tempo.Cli.Commands;

/// <summary>`tempo serve [--port P] [--host H] [--open] [--max-jobs N] [--max-queue N]`: the browser app and its HTTP API, in this process, until Ctrl-C.</summary>
public static class ServeCommand
{
    public static Command Build(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "TCP port (default 5170; 0 picks a free one).", DefaultValueFactory = _ => 5170 }
            .InRange(0, 65535, "not a TCP port from 0 to 65535");
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface).", DefaultValueFactory = _ => "127.0.0.1" };
        var open = new Option<bool>("--open") { Description = "Open the app in the default browser." };
        var defaults = new ServerOptions();
        var maxJobs = new Option<int>("--max-jobs") { Description = $"Solves, sweeps and batches running at once (each solve holds a 64 MiB table); more wait in a queue (default {defaults.MaxConcurrentJobs}: the cores, at least 2).", DefaultValueFactory = _ => defaults.MaxConcurrentJobs };
        var maxQueue = new Option<int>("--max-queue") { Description = $"Solves, sweeps and batches that may wait for their turn, told their place; one more is refused with HTTP 429 and Retry-After (default {defaults.MaxQueuedJobs}).", DefaultValueFactory = _ => defaults.MaxQueuedJobs };
        var command = new Command("serve", "The browser app: board editor and prover, tactic board that simulates, lines of control (no internet needed).") { port, host, open, maxJobs, maxQueue };
        command.SetAction(parse => context.Guard(() =>
        {
            var p = parse.GetValue(port);
            var h = parse.GetValue(host)!.Trim();
            if (h.Length == 0)
            {
                throw new InputException("--host: give an address such as 127.0.0.1");
            }
            var jobs = parse.GetValue(maxJobs);
            if (jobs is < 1 or > 1024)
            {
                throw new InputException($"--max-jobs {jobs}: not a count from 1 to 1024");
            }
            var queue = parse.GetValue(maxQueue);
            if (queue is < 0 or > 100_000)
            {
                throw new InputException($"--max-queue {queue}: not a count from 0 to 100000");
            }
            using var cancel = new CtrlC();
            TempoServer server;
            try
            {
                server = TempoServer.StartAsync(defaults with { Host = h, Port = p, MaxConcurrentJobs = jobs, MaxQueuedJobs = queue }, cancel.Token).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                throw new InputException($"--host {h} --port {p}: cannot listen there ({e.Message.Split('\n')[0].TrimEnd('.')})");
            }
            try
            {
                context.Output.WriteLine($"Tempo is serving {server.Address} (Ctrl-C stops it)");
                context.Output.Flush();
                var opening = parse.GetValue(open) ? OpenBrowserAsync(server.Address, context, cancel.Token) : Task.CompletedTask;
                server.WaitAsync(cancel.Token).GetAwaiter().GetResult();
                opening.ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
            }
            finally
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            context.Output.WriteLine("stopped");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Opens the app in a browser (BROWSER, else the system's opener); if none can be, one line says so and the server runs on.</summary>
    private static async Task OpenBrowserAsync(Uri address, CliContext context, CancellationToken cancellationToken)
    {
        if (await BrowserLauncher.OpenAsync(address, Environment.GetEnvironmentVariable("BROWSER"), cancellationToken).ConfigureAwait(false) is { } reason)
        {
            context.Error.WriteLine($"tempo: --open: no browser could be started ({reason}); open {address} yourself");
            context.Error.Flush();
        }
    }
}
