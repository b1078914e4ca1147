using MySql.Data.MySqlClient;

namespace Northwind.Data.Sql;

/// <summary>
/// Where the shared MySQL schema lives; bound from the "DataSource" section.
/// </summary>
public sealed class DataSourceSettings
{
    public string ConnectionString { get; set; } = string.Empty;

    public string Database { get; set; } = "northwind";

    /// <summary>
    /// Combines the server part of the connection string with the schema name.
    /// </summary>
    public string Compose()
    {
        var csb = new MySqlConnectionStringBuilder(ConnectionString)
        {
            Database = Database,
            AllowUserVariables = true
        };

        return csb.ToString();
    }
}
