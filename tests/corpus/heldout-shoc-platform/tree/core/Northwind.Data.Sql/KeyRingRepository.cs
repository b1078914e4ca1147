using System.Collections.Generic;
using System.Threading.Tasks;
using MySql.Data.MySqlClient;

namespace Northwind.Data.Sql;

/// <summary>
/// One stored Data Protection key element.
/// </summary>
public sealed record KeyRingEntry(string FriendlyName, string Xml);

/// <summary>
/// Reads and appends Data Protection key XML in the shared database.
/// </summary>
public interface IKeyRingRepository
{
    Task<IReadOnlyList<KeyRingEntry>> LoadAll();

    Task Append(KeyRingEntry entry);
}

/// <summary>
/// MySQL table "dp_key_ring" (created by the migrator) holding the key ring of every service.
/// </summary>
public sealed class SqlKeyRingRepository : IKeyRingRepository
{
    private readonly string connectionString;

    public SqlKeyRingRepository(DataSourceSettings settings)
    {
        connectionString = settings.Compose();
    }

    public async Task<IReadOnlyList<KeyRingEntry>> LoadAll()
    {
        var result = new List<KeyRingEntry>();

        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();

        await using var command = new MySqlCommand("SELECT friendly_name, xml_body FROM dp_key_ring", connection);
        await using var reader = await command.ExecuteReaderAsync();

        while (await reader.ReadAsync())
        {
            result.Add(new KeyRingEntry(reader.GetString(0), reader.GetString(1)));
        }

        return result;
    }

    public async Task Append(KeyRingEntry entry)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();

        await using var command = new MySqlCommand(
            "INSERT INTO dp_key_ring (friendly_name, xml_body) VALUES (@name, @xml)", connection);
        command.Parameters.AddWithValue("@name", entry.FriendlyName);
        command.Parameters.AddWithValue("@xml", entry.Xml);

        await command.ExecuteNonQueryAsync();
    }
}
