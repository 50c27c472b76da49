using System.Globalization;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// Where the silos of a cluster find each other, from the text of <c>--membership</c> / <c>--cluster</c>:
/// <c>local[:PRIMARY]</c> is the development cluster on this machine's loopback (a silo: the primary silo at port
/// 11111 or PRIMARY, others join it with their own <c>--port</c>; a client: a silo of its own inside the process);
/// <c>loopback[:GATEWAY]</c> is a client of the silos started with <c>--membership local</c> (gateway 30000 by default);
/// <c>redis://HOST[:PORT]</c> is a cluster of machines whose silos and clients find each other in a Redis server's
/// membership table (port 6379 by default); <c>postgres://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE</c> the same in a
/// PostgreSQL database's Orleans tables (port 5432 by default).
/// </summary>
/// <param name="Kind">Local, loopback, Redis or PostgreSQL.</param>
/// <param name="Port">For <see cref="MembershipKind.Local"/> the primary silo's port, for a loopback client the gateway's, for Redis and PostgreSQL the server's.</param>
public sealed record ClusterMembership(MembershipKind Kind, int Port)
{
    /// <summary>The primary silo's port of the loopback development cluster.</summary>
    public const int PrimarySiloPort = 11111;

    /// <summary>A silo's gateway port is its silo port plus this (11111 -> 30000).</summary>
    public const int GatewayOffset = 30000 - PrimarySiloPort;

    /// <summary>The one service id of Tempo's clusters.</summary>
    public const string ServiceId = "tempo";

    /// <summary>The Redis server's port when <c>redis://HOST</c> names none.</summary>
    public const int RedisDefaultPort = 6379;

    /// <summary>The Redis or PostgreSQL server's host (empty for the others).</summary>
    public string Host { get; init; } = "";

    /// <summary>Where a <see cref="MembershipKind.Postgres"/> membership is kept: database, user and password.</summary>
    public PostgresDatabase? Postgres { get; init; }

    /// <summary>The StackExchange.Redis connection text of a <see cref="MembershipKind.Redis"/> membership.</summary>
    public string RedisConnection => FormattableString.Invariant($"{Host}:{Port},abortConnect=false");

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
        if (text.StartsWith("redis://", StringComparison.Ordinal))
        {
            return ParseRedis(text);
        }
        if (text.StartsWith("postgres://", StringComparison.Ordinal) || text.StartsWith("postgresql://", StringComparison.Ordinal))
        {
            var database = PostgresDatabase.Parse(text);
            return new(MembershipKind.Postgres, database.Port) { Host = database.Host, Postgres = database };
        }
        throw new FormatException($"'{text}' is not a cluster membership (expected local[:PRIMARY-PORT], loopback[:GATEWAY-PORT], redis://HOST[:PORT] or postgres://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE)");
    }

    private static ClusterMembership ParseRedis(string text)
    {
        var rest = text["redis://".Length..];
        int colon = rest.LastIndexOf(':');
        var host = colon < 0 ? rest : rest[..colon];
        int port = colon < 0 ? RedisDefaultPort : ParsePort(rest[(colon + 1)..], text);
        if (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || c is '/' or ',' or '@'))
        {
            throw new FormatException($"'{text}': '{host}' is not a Redis host (expected redis://HOST[:PORT])");
        }
        return new(MembershipKind.Redis, port) { Host = host };
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

    /// <summary>Silos and clients on any machines, their membership kept in a Redis server.</summary>
    Redis,

    /// <summary>Silos and clients on any machines, their membership kept in a PostgreSQL database.</summary>
    Postgres,
}
