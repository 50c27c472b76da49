using System.Globalization;
using System.Text.RegularExpressions;
using Tempo.Cli.Tests.Faults;
using Tempo.Cluster;

namespace Tempo.Cli.Tests.Cluster;

/// <summary>
/// The cluster of machines with its membership in PostgreSQL: a real server (<see cref="PostgresServer"/>) with an
/// empty database; the first silo creates the membership tables (Tempo's own schema) in it, the others find them there. Two silos and a client
/// that meet only through that database give the one-machine lines although one silo is SIGKILLed mid-batch.
/// </summary>
[Trait("Category", "Cluster")]
[Collection(TimingCollection.Name)]
public sealed class ClusterPostgresTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public void Silos_found_through_postgres_finish_a_batch_when_one_is_sigkilled()
    {
        SharedMembership.RunKillingTheSecondSilo(postgres.Membership, (port, first, second) =>
        {
            Assert.Contains("cluster tempo-postgres", second.Output, StringComparison.Ordinal);
            // Both silos are rows of the one membership table (Status 3: active), which the first created.
            Assert.Equal($"{port}\n{port + 1}", postgres.Query("SELECT port FROM tempo_cluster_member WHERE status = 3 ORDER BY port").Trim());
            Assert.Contains("created the membership tables", first.Output + second.Output, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_schema_accepts_a_membership_write_only_from_the_version_last_read()
    {
        // A database of its own, so that the silos of the kill test still find 'tempo' empty.
        postgres.Query("CREATE DATABASE contract");
        var script = Schema();
        postgres.Query(script, "contract");
        postgres.Query(script, "contract");
        Assert.Equal("9", postgres.Query("SELECT count(*) FROM OrleansQuery", "contract").Trim());

        Assert.Equal("t", Run("InsertMembershipVersionKey", new()));
        Assert.Equal("f", Run("InsertMembershipVersionKey", new()));
        Assert.Equal("f", Run("InsertMembershipKey", Silo(11111, version: 1)));
        Assert.Equal("t", Run("InsertMembershipKey", Silo(11111, version: 0)));
        // A second silo that read version 0 too loses; after reading version 1 it is let in.
        Assert.Equal("f", Run("InsertMembershipKey", Silo(11112, version: 0)));
        Assert.Equal("t", Run("InsertMembershipKey", Silo(11112, version: 1)));
        Assert.Equal("f", Run("UpdateMembershipKey", Silo(11111, version: 1)));
        Assert.Equal("t", Run("UpdateMembershipKey", Silo(11111, version: 2)));
        Assert.Equal("3|11111|3\n3|11112|2", Run("MembershipReadAllKey", new(), "\"Version\", \"Port\", \"Status\""));
        Assert.Equal("127.0.0.1|30000|7", Run("GatewaysQueryKey", new() { ["Status"] = "3" }));

        // "I am alive" moves only that silo's time and leaves the version alone (Orleans writes it outside the check).
        var alive = Silo(11112, version: 3);
        alive["IAmAliveTime"] = "'2026-01-01 10:07:00Z'::timestamptz";
        Run("UpdateIAmAlivetimeKey", alive);
        Assert.Equal("3|11111|2026-01-01 10:00:05+00\n3|11112|2026-01-01 10:07:00+00",
            Run("MembershipReadAllKey", new(), "\"Version\", \"Port\", to_char(\"IAmAliveTime\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00'"));

        // Clean-up removes only dead silos (status 6) silent since the time given; removing the cluster removes all.
        Assert.Equal("t", Run("UpdateMembershipKey", new(Silo(11111, version: 3)) { ["Status"] = "6" }));
        Run("CleanupDefunctSiloEntriesKey", new() { ["IAmAliveTime"] = "'2026-01-01 10:00:00Z'::timestamptz" });
        Assert.Equal("11111\n11112", Run("MembershipReadAllKey", new(), "\"Port\""));
        Run("CleanupDefunctSiloEntriesKey", new() { ["IAmAliveTime"] = "'2026-01-01 10:01:00Z'::timestamptz" });
        Assert.Equal("11112", Run("MembershipReadAllKey", new(), "\"Port\""));
        Run("DeleteMembershipTableEntriesKey", new());
        Assert.Equal(string.Empty, Run("MembershipReadAllKey", new(), "\"Port\""));

        // The query of the key with its parameters written in (psql has no named parameters), and what it printed;
        // with columns, only those columns of its rows, ordered by them.
        string Run(string key, Dictionary<string, string> parameters, string? columns = null)
        {
            parameters["DeploymentId"] = "'contract'";
            var text = postgres.Query($"SELECT QueryText FROM OrleansQuery WHERE QueryKey = '{key}'", "contract");
            var sql = Regex.Replace(text, "@(\\w+)", m => parameters[m.Groups[1].Value]);
            return postgres.Query(columns is null ? sql : $"SELECT {columns} FROM ({sql}) AS result ORDER BY {columns}", "contract").Trim();
        }
    }

    /// <summary>What a silo at <paramref name="port"/> (generation 7, gateway 30000) sends, its status 2 (joining) when new, 3 (active) on update.</summary>
    private static Dictionary<string, string> Silo(int port, int version) => new()
    {
        ["Address"] = "'127.0.0.1'", ["Port"] = port.ToString(CultureInfo.InvariantCulture), ["Generation"] = "7",
        ["SiloName"] = "'silo'", ["HostName"] = "'host'", ["ProxyPort"] = port == 11111 ? "30000" : "0",
        ["Status"] = port == 11111 && version == 2 ? "3" : "2", ["SuspectTimes"] = "NULL",
        ["StartTime"] = "'2026-01-01 10:00:00Z'::timestamptz", ["IAmAliveTime"] = "'2026-01-01 10:00:05Z'::timestamptz",
        ["Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private static string Schema()
    {
        using var stream = typeof(ClusterException).Assembly.GetManifestResourceStream("PostgresMembership.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("--cluster postgres://tempo@127.0.0.1:PORT/tempo: cannot reach the PostgreSQL database tempo at 127.0.0.1:PORT as tempo: Failed to connect", "chess", "batch", "FILE", "--cluster", "postgres://tempo@127.0.0.1:PORT/tempo")]
    [InlineData("--membership postgres://tempo:***@127.0.0.1:PORT/tempo: cannot reach the PostgreSQL database tempo at 127.0.0.1:PORT as tempo: Failed to connect", "cluster", "silo", "--membership", "postgres://tempo:secret@127.0.0.1:PORT/tempo")]
    [InlineData("--cluster postgres://tempo@127.0.0.1:LIVE/nowhere: cannot reach the PostgreSQL database nowhere at 127.0.0.1:LIVE as tempo: database \"nowhere\" does not exist", "soccer", "sweep", "book", "--runs", "4", "--cluster", "postgres://tempo@127.0.0.1:LIVE/nowhere")]
    [InlineData("--membership postgres://nobody@127.0.0.1:LIVE/tempo: cannot reach the PostgreSQL database tempo at 127.0.0.1:LIVE as nobody: role \"nobody\" does not exist", "cluster", "silo", "--membership", "postgres://nobody@127.0.0.1:LIVE/tempo")]
    [InlineData("--cluster 'postgres://tempo@127.0.0.1:5432' names no database", "chess", "batch", "FILE", "--cluster", "postgres://tempo@127.0.0.1:5432")]
    public void A_postgres_membership_that_cannot_work_is_one_line_with_exit_2(string refusal, params string[] args)
    {
        var line = SharedMembership.RunRefused(refusal, args, text => text.Replace("LIVE", $"{postgres.Port}", StringComparison.Ordinal));

        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }
}
