using Microsoft.Extensions.Hosting;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// The host's lifetime when the `tempo` command owns Ctrl-C: unlike the default console lifetime, it does not stop
/// the silo on SIGINT behind the command's back (the command stops it after keeping what was finished).
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
