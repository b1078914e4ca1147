using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using MySql.Data.MySqlClient;
using Northwind.Data.Sql;

namespace Northwind.Identity.Provider.Data;

/// <summary>
/// Small helper around a pooled MySQL connection for the identity tables.
/// </summary>
public abstract class MySqlTable
{
    private readonly string connectionString;

    protected MySqlTable(DataSourceSettings settings)
    {
        connectionString = settings.Compose();
    }

    protected async Task<int> Execute(string sql, params (string Name, object? Value)[] args)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Build(connection, sql, args);
        return await command.ExecuteNonQueryAsync();
    }

    protected async Task<List<T>> Read<T>(string sql, Func<MySqlDataReader, T> map, params (string Name, object? Value)[] args)
    {
        var rows = new List<T>();
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Build(connection, sql, args);
        await using var reader = (MySqlDataReader)await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static MySqlCommand Build(MySqlConnection connection, string sql, (string Name, object? Value)[] args)
    {
        var command = new MySqlCommand(sql, connection);
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}

public sealed class SqlSigningKeyRepository : MySqlTable, ISigningKeyRepository
{
    public SqlSigningKeyRepository(DataSourceSettings settings) : base(settings) { }

    public async Task<IReadOnlyList<SigningKeyRow>> All() =>
        await Read("SELECT id, version, created, algorithm, is_x509, data, data_protected FROM idp_signing_keys",
            r => new SigningKeyRow(r.GetString(0), r.GetInt32(1), r.GetDateTime(2), r.GetString(3), r.GetBoolean(4), r.GetString(5), r.GetBoolean(6)));

    public Task Insert(SigningKeyRow row) =>
        Execute("INSERT INTO idp_signing_keys (id, version, created, algorithm, is_x509, data, data_protected) VALUES (@id, @v, @c, @a, @x, @d, @p)",
            ("@id", row.Id), ("@v", row.Version), ("@c", row.Created), ("@a", row.Algorithm),
            ("@x", row.IsX509Certificate), ("@d", row.Data), ("@p", row.DataProtected));

    public Task Delete(string id) => Execute("DELETE FROM idp_signing_keys WHERE id = @id", ("@id", id));
}

public sealed class SqlGrantRepository : MySqlTable, IGrantRepository
{
    private const string Filter =
        "(@sub IS NULL OR subject_id = @sub) AND (@sid IS NULL OR session_id = @sid) AND (@cid IS NULL OR client_id = @cid) AND (@type IS NULL OR type = @type)";

    public SqlGrantRepository(DataSourceSettings settings) : base(settings) { }

    public Task Upsert(GrantRow row) =>
        Execute("REPLACE INTO idp_grants (grant_key, type, subject_id, session_id, client_id, created, expires, consumed, data) VALUES (@k, @t, @s, @sid, @c, @cr, @e, @co, @d)",
            ("@k", row.Key), ("@t", row.Type), ("@s", row.SubjectId), ("@sid", row.SessionId), ("@c", row.ClientId),
            ("@cr", row.CreationTime), ("@e", row.Expiration), ("@co", row.ConsumedTime), ("@d", row.Data));

    public async Task<GrantRow?> Find(string key)
    {
        var rows = await Read("SELECT grant_key, type, subject_id, session_id, client_id, created, expires, consumed, data FROM idp_grants WHERE grant_key = @k",
            Map, ("@k", key));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<GrantRow>> Query(string? subjectId, string? sessionId, string? clientId, string? type) =>
        await Read($"SELECT grant_key, type, subject_id, session_id, client_id, created, expires, consumed, data FROM idp_grants WHERE {Filter}",
            Map, ("@sub", subjectId), ("@sid", sessionId), ("@cid", clientId), ("@type", type));

    public Task Delete(string key) => Execute("DELETE FROM idp_grants WHERE grant_key = @k", ("@k", key));

    public Task DeleteMany(string? subjectId, string? sessionId, string? clientId, string? type) =>
        Execute($"DELETE FROM idp_grants WHERE {Filter}", ("@sub", subjectId), ("@sid", sessionId), ("@cid", clientId), ("@type", type));

    private static GrantRow Map(MySqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
        r.GetString(4), r.GetDateTime(5), r.IsDBNull(6) ? null : r.GetDateTime(6), r.IsDBNull(7) ? null : r.GetDateTime(7), r.GetString(8));
}

public sealed class SqlApplicationRepository : MySqlTable, IApplicationRepository
{
    public SqlApplicationRepository(DataSourceSettings settings) : base(settings) { }

    public async Task<ApplicationRow?> FindByClientId(string clientId)
    {
        var rows = await Read("SELECT client_id, enabled, grant_types, scopes, redirect_uris, require_pkce, secret_required, access_token_lifetime FROM idp_applications WHERE client_id = @c",
            r => new ApplicationRow(r.GetString(0), r.GetBoolean(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5), r.GetBoolean(6), r.GetInt32(7)),
            ("@c", clientId));
        return rows.Count == 0 ? null : rows[0];
    }
}
