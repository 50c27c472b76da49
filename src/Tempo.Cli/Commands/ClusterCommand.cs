using System.CommandLine;
using Tempo.Cluster;
using Tempo.Cluster.Hosting;

namespace Tempo.Cli.Commands;

/// <summary>`tempo cluster silo [--membership local] [--port P]`: an Orleans silo that proves mates and runs sweep shards.</summary>
public static class ClusterCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("cluster", "Scale-out on Microsoft Orleans: run a silo; `chess batch` and `soccer sweep` take --cluster.");
        command.Subcommands.Add(BuildSilo(context));
        return command;
    }

    private static Command BuildSilo(CliContext context)
    {
        var membership = new Option<string>("--membership")
        {
            Description = "'local[:PRIMARY]': the development cluster on this machine's loopback (the primary silo at port 11111 or PRIMARY, its gateway at port + 18889)",
            DefaultValueFactory = _ => "local",
        };
        var port = new Option<string>("--port") { Description = $"Silo port (default: the primary's, {ClusterMembership.PrimarySiloPort}); the gateway is port + {ClusterMembership.GatewayOffset}" };
        var command = new Command("silo", "Starts a silo that proves batch positions and runs sweep shards until Ctrl-C") { membership, port };
        command.SetAction(parse => context.Guard(() =>
        {
            var text = parse.GetValue(membership)!;
            var kind = ClusterArguments.Parse(text, "--membership")!;
            if (kind.Kind != MembershipKind.Local)
            {
                throw new InputException($"--membership {text}: a silo takes 'local' ('{text}' is for clients)");
            }
            var portText = parse.GetValue(port);
            int siloPort;
            try
            {
                siloPort = portText is null ? kind.Port : ClusterMembership.ParsePort(portText, portText);
            }
            catch (FormatException e)
            {
                throw new InputException($"--port {e.Message}");
            }
            if (siloPort + ClusterMembership.GatewayOffset > 65535)
            {
                throw new InputException($"--port {siloPort}: its gateway port {siloPort + ClusterMembership.GatewayOffset} is above 65535");
            }
            using var cancel = new CtrlC();
            try
            {
                SiloHost.RunAsync(kind, siloPort, line =>
                {
                    context.Output.WriteLine(line);
                    context.Output.Flush();
                }, cancel.Token).GetAwaiter().GetResult();
            }
            catch (ClusterException e)
            {
                throw new InputException(e.Message);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
