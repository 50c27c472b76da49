using System.Globalization;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// Where the silos of a cluster find each other, from the text of <c>--membership</c> / <c>--cluster</c>:
/// <c>local[:PRIMARY]</c> is the development cluster on this machine's loopback (a silo: the primary silo at port
/// 11111 or PRIMARY, others join it with their own <c>--port</c>; a client: a silo of its own inside the process);
/// <c>loopback[:GATEWAY]</c> is a client of the silos started with <c>--membership local</c> (gateway 30000 by default).
/// </summary>
/// <param name="Kind">Local or loopback.</param>
/// <param name="Port">For <see cref="MembershipKind.Local"/> the primary silo's port, for a loopback client the gateway's.</param>
public sealed record ClusterMembership(MembershipKind Kind, int Port)
{
    /// <summary>The primary silo's port of the loopback development cluster.</summary>
    public const int PrimarySiloPort = 11111;

    /// <summary>A silo's gateway port is its silo port plus this (11111 -> 30000).</summary>
    public const int GatewayOffset = 30000 - PrimarySiloPort;

    /// <summary>The one service id of Tempo's clusters.</summary>
    public const string ServiceId = "tempo";

    /// <summary>Reads <paramref name="text"/>; a <see cref="FormatException"/> names what is wrong.</summary>
    public static ClusterMembership Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "local")
        {
            return new(MembershipKind.Local, PrimarySiloPort);
        }
        if (text.StartsWith("local:", StringComparison.Ordinal))
        {
            return new(MembershipKind.Local, ParsePort(text["local:".Length..], text));
        }
        if (text == "loopback")
        {
            return new(MembershipKind.Loopback, PrimarySiloPort + GatewayOffset);
        }
        if (text.StartsWith("loopback:", StringComparison.Ordinal))
        {
            return new(MembershipKind.Loopback, ParsePort(text["loopback:".Length..], text));
        }
        throw new FormatException($"'{text}' is not a cluster membership (expected local[:PRIMARY-PORT] or loopback[:GATEWAY-PORT])");
    }

    /// <summary>Reads a TCP port (1-65535) given in <paramref name="text"/>.</summary>
    public static int ParsePort(string port, string text)
    {
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value is < 1 or > 65535)
        {
            throw new FormatException($"'{text}': '{port}' is not a port (1-65535)");
        }
        return value;
    }
}

/// <summary>The kinds of <see cref="ClusterMembership"/>.</summary>
public enum MembershipKind
{
    /// <summary>The loopback development cluster (a client: a silo inside the client process).</summary>
    Local,

    /// <summary>A client of the loopback development cluster's silos.</summary>
    Loopback,
}
