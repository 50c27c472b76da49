using Npgsql;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// The PostgreSQL database of a <c>postgres://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE</c> membership (libpq's URI form;
/// <c>postgresql://</c> too). With no password the connection takes PGPASSWORD or ~/.pgpass, as psql does, so that
/// none need be written on a command line.
/// </summary>
/// <param name="Host">The server's host name or address.</param>
/// <param name="Port">The server's port (5432 when the text names none).</param>
/// <param name="Database">The database holding the cluster's membership tables (created in it when missing).</param>
/// <param name="User">The user, or null for PGUSER or the login name.</param>
/// <param name="Password">The password, or null for PGPASSWORD or ~/.pgpass.</param>
public sealed record PostgresDatabase(string Host, int Port, string Database, string? User, string? Password)
{
    /// <summary>The PostgreSQL server's port when the text names none.</summary>
    public const int DefaultPort = 5432;

    /// <summary>How long a connection may take before the membership is called unreachable.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The Npgsql connection string of this database.</summary>
    public string ConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = Host,
                Port = Port,
                Database = Database,
                Timeout = (int)ConnectTimeout.TotalSeconds,
                ApplicationName = "tempo",
            };
            if (User is not null)
            {
                builder.Username = User;
            }
            if (Password is not null)
            {
                builder.Password = Password;
            }
            return builder.ConnectionString;
        }
    }

    /// <summary>"DATABASE at HOST:PORT as USER", the password never shown.</summary>
    public override string ToString() => $"database {Database} at {Host}:{Port}" + (User is null ? "" : $" as {User}");

    /// <summary>Reads <paramref name="text"/>; a <see cref="FormatException"/> names what is wrong.</summary>
    public static PostgresDatabase Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Expected = "(expected postgres://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE)";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new FormatException($"'{Hidden(text)}' is not a PostgreSQL address {Expected}");
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new FormatException($"'{Hidden(text)}': no ?options or #fragment are taken {Expected}");
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException($"'{Hidden(text)}' names no database {Expected}");
        }
        string? user = null, password = null;
        if (uri.UserInfo.Length > 0)
        {
            int colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        return new(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, database, user, password);
    }

    /// <summary><paramref name="text"/> with any password replaced by ***, for messages.</summary>
    public static string Hidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        int at = text.LastIndexOf('@');
        if (scheme < 0 || at < scheme)
        {
            return text;
        }
        int colon = text.IndexOf(':', scheme + 3);
        return colon < 0 || colon > at ? text : text[..(colon + 1)] + "***" + text[at..];
    }
}
