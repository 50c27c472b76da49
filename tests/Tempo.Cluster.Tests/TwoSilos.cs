using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Tests;

/// <summary>An Orleans TestingHost cluster of two silos in this process, set up as `tempo cluster silo` sets up its silos.</summary>
public sealed class TwoSilos : IAsyncDisposable
{
    private TwoSilos(TestCluster cluster) => Cluster = cluster;

    public TestCluster Cluster { get; }

    public static async Task<TwoSilos> StartAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new TwoSilos(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddTempo();
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) => clientBuilder.AddTempo();
    }
}
