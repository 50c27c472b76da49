using System.Net;
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
            Description = "'local[:PRIMARY]': the development cluster on this machine's loopback (the primary silo at port 11111 or PRIMARY, its gateway at port + 18889); 'redis://HOST[:PORT]': silos on any machines that find each other in that Redis server; 'postgres://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE': the same in that PostgreSQL database (the membership tables are created in it when missing; with no PASSWORD, PGPASSWORD or ~/.pgpass)",
            DefaultValueFactory = _ => "local",
        };
        var port = new Option<string>("--port") { Description = $"Silo port (default: the primary's, {ClusterMembership.PrimarySiloPort}); the gateway is port + {ClusterMembership.GatewayOffset}" };
        var advertise = TypedOption.Create("--advertise", "With redis:// or postgres://: the address other machines reach this silo at (default 127.0.0.1, this machine only)", ReadAddress);
        var command = new Command("silo", "Starts a silo that proves batch positions and runs sweep shards until Ctrl-C") { membership, port, advertise };
        command.SetAction(parse => context.Guard(() =>
        {
            var text = parse.GetValue(membership)!;
            var kind = ClusterArguments.Parse(text, "--membership")!;
            text = PostgresDatabase.Hidden(text);
            if (kind.Kind == MembershipKind.Loopback)
            {
                throw new InputException($"--membership {text}: a silo takes 'local', 'redis://HOST[:PORT]' or 'postgres://…' ('{text}' is for clients)");
            }
            bool shared = kind.Kind is MembershipKind.Redis or MembershipKind.Postgres;
            if (!shared && parse.GetResult(advertise) is { Implicit: false })
            {
                throw new InputException($"--advertise: only a redis:// or postgres:// silo is reached at another address (a 'local' one is on loopback)");
            }
            var portText = parse.GetValue(port);
            int siloPort;
            try
            {
                siloPort = portText is not null ? ClusterMembership.ParsePort(portText, portText)
                    : shared ? ClusterMembership.PrimarySiloPort : kind.Port;
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
                SiloHost.RunAsync(kind, siloPort, parse.GetValue(advertise)!, line =>
                {
                    context.Output.WriteLine(line);
                    context.Output.Flush();
                }, cancel.Token).GetAwaiter().GetResult();
            }
            catch (ClusterException e)
            {
                throw new InputException($"--membership {text}: {e.Message}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IPAddress ReadAddress(string? text)
    {
        if (text is null)
        {
            return IPAddress.Loopback;
        }
        if (!IPAddress.TryParse(text, out var address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            throw new InputException($"--advertise {text}: not an IP address the other machines can reach (e.g. 192.0.2.10)");
        }
        return address;
    }
}
