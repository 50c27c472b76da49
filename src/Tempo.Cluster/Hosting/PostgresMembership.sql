-- Tempo membership schema for PostgreSQL: written for Tempo, not the script that Orleans ships. It fulfils the contract
-- of the ADO.NET clustering provider of Orleans (Microsoft.Orleans.Clustering.AdoNet 10.4.2). The provider reads its SQL from
-- OrleansQuery (QueryKey, QueryText: the one table and columns it names itself) and runs each text with named
-- parameters (@DeploymentId is the cluster id); everything else here is chosen by Tempo. PostgresSchema runs this
-- file under an advisory lock; every statement only adds what is missing, so running it again changes nothing.
--
-- The contract, key by key (parameters -> what the provider expects back):
--   InsertMembershipVersionKey   DeploymentId -> one boolean: whether the version row of the cluster was made now
--   MembershipReadAllKey         DeploymentId -> the version row joined with every member (one row, member columns
--                                null, when the cluster has no member yet)
--   MembershipReadRowKey         DeploymentId, Address, Port, Generation -> the same for one silo
--   InsertMembershipKey          a whole member + Version (the version the silo read) -> one boolean
--   UpdateMembershipKey          the key of the member, Status, SuspectTimes, IAmAliveTime + Version -> one boolean
--   UpdateIAmAlivetimeKey        the key of the member, IAmAliveTime -> nothing (outside the version check)
--   GatewaysQueryKey             DeploymentId, Status -> Address, ProxyPort, Generation of each gateway
--   DeleteMembershipTableEntriesKey  DeploymentId -> nothing
--   CleanupDefunctSiloEntriesKey DeploymentId, IAmAliveTime -> nothing (dead silos silent since then)
-- Insert and update succeed only if the version of the cluster is still the one the silo read; they move it on by one
-- in the same statement, so of two silos writing from the same read exactly one wins (the row lock on the version
-- row makes the loser re-check and find the new version).

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) PRIMARY KEY,
    QueryText text NOT NULL
);

-- One row per cluster: the version every membership change must name and moves on.
CREATE TABLE IF NOT EXISTS tempo_cluster_version
(
    cluster_id text PRIMARY KEY,
    version integer NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- One row per silo incarnation (address, port and generation: a restarted silo is a new row).
CREATE TABLE IF NOT EXISTS tempo_cluster_member
(
    cluster_id text NOT NULL,
    address varchar(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    silo_name text NOT NULL,
    host_name text NOT NULL,
    status integer NOT NULL,
    proxy_port integer NOT NULL,
    suspect_times text,
    start_time timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (cluster_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', '
WITH made AS (
    INSERT INTO tempo_cluster_version (cluster_id) VALUES (@DeploymentId)
    ON CONFLICT (cluster_id) DO NOTHING
    RETURNING cluster_id)
SELECT EXISTS (SELECT 1 FROM made)'),

('MembershipReadAllKey', '
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM tempo_cluster_version v
LEFT JOIN tempo_cluster_member m ON m.cluster_id = v.cluster_id
WHERE v.cluster_id = @DeploymentId'),

('MembershipReadRowKey', '
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM tempo_cluster_version v
LEFT JOIN tempo_cluster_member m
       ON m.cluster_id = v.cluster_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.cluster_id = @DeploymentId'),

('InsertMembershipKey', '
WITH moved AS (
    UPDATE tempo_cluster_version SET version = version + 1, changed_at = now()
    WHERE cluster_id = @DeploymentId AND version = @Version
      AND NOT EXISTS (SELECT 1 FROM tempo_cluster_member
                      WHERE cluster_id = @DeploymentId AND address = @Address
                        AND port = @Port AND generation = @Generation)
    RETURNING cluster_id),
added AS (
    INSERT INTO tempo_cluster_member (cluster_id, address, port, generation, silo_name, host_name, status,
                                      proxy_port, start_time, i_am_alive_time)
    SELECT cluster_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
           @ProxyPort, @StartTime, @IAmAliveTime
    FROM moved
    ON CONFLICT DO NOTHING
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM added)'),

('UpdateMembershipKey', '
WITH moved AS (
    UPDATE tempo_cluster_version SET version = version + 1, changed_at = now()
    WHERE cluster_id = @DeploymentId AND version = @Version
      AND EXISTS (SELECT 1 FROM tempo_cluster_member
                  WHERE cluster_id = @DeploymentId AND address = @Address
                    AND port = @Port AND generation = @Generation)
    RETURNING cluster_id),
changed AS (
    UPDATE tempo_cluster_member m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM moved
    WHERE m.cluster_id = moved.cluster_id AND m.address = @Address
      AND m.port = @Port AND m.generation = @Generation
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM changed)'),

('UpdateIAmAlivetimeKey', '
UPDATE tempo_cluster_member SET i_am_alive_time = @IAmAliveTime
WHERE cluster_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation'),

('GatewaysQueryKey', '
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
FROM tempo_cluster_member
WHERE cluster_id = @DeploymentId AND status = @Status AND proxy_port > 0'),

('DeleteMembershipTableEntriesKey', '
WITH members AS (DELETE FROM tempo_cluster_member WHERE cluster_id = @DeploymentId)
DELETE FROM tempo_cluster_version WHERE cluster_id = @DeploymentId'),

-- Status 6 is SiloStatus.Dead in Orleans.
('CleanupDefunctSiloEntriesKey', '
DELETE FROM tempo_cluster_member
WHERE cluster_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime')
ON CONFLICT (QueryKey) DO NOTHING;
