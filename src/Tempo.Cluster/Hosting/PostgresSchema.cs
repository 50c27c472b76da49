using System.Reflection;
using Npgsql;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// Makes a PostgreSQL database ready for Orleans' ADO.NET membership before a silo or client starts: connects within
/// a few seconds (an unreachable server or a wrong database, user or password is one <see cref="ClusterException"/>
/// line, not Orleans retrying for a minute) and creates Tempo's membership tables and the provider's query rows when
/// they are missing (PostgresMembership.sql, Tempo's own schema for the provider's contract), so an empty database is
/// enough. Idempotent, and safe when several silos start on an empty database at once.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock that lets one process at a time look for and create the tables (any fixed number).</summary>
    private const long SchemaLock = 0x7465_6d70_6f00;

    /// <summary>Connects to the database and creates the membership tables and query rows that are missing.</summary>
    /// <returns>Whether the tables were created now.</returns>
    public static async Task<bool> EnsureAsync(PostgresDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            throw new ClusterException($"cannot reach the PostgreSQL {database}: {Reason(e)}", e);
        }
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({SchemaLock})", cancellationToken).ConfigureAwait(false);
            bool hadMembers = await ExistsAsync(connection, "tempo_cluster_member", cancellationToken).ConfigureAwait(false);
            // Every statement of the script adds only what is missing, so it also completes a half-made schema.
            await ExecuteAsync(connection, Script(), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return !hadMembers;
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClusterException($"cannot create the membership tables in the PostgreSQL {database}: {Reason(e)}", e);
        }
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Script()
    {
        const string name = "PostgresMembership.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the embedded script {name} is missing from Tempo.Cluster");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The server's own words (e.g. 'password authentication failed for user "x"') or the innermost cause, on one line.</summary>
    private static string Reason(Exception e)
    {
        var text = e is PostgresException server ? server.MessageText : e.GetBaseException().Message;
        if (e is NpgsqlException && e.InnerException is not null && e is not PostgresException)
        {
            text = $"{e.Message.TrimEnd('.')} ({e.GetBaseException().Message.TrimEnd('.')})";
        }
        return text.ReplaceLineEndings(" ");
    }
}
