using Fincher.Accounts.Domain.Enums;

namespace Fincher.Accounts.Application.Configurations;

/// <summary>Bound from the DatabaseConfiguration section (Configurations/database.json).</summary>
public class DatabaseConfiguration
{
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.PostgreSql;

    public bool ApplyDefaultSeeds { get; set; } = true;

    // Read by nothing today: the initializer migrates whenever migrations are pending.
    public bool ApplyDatabaseMigrations { get; set; } = true;

    public ConnectionStringsConfiguration ConnectionStringsConfiguration { get; set; } = new();
}

public class ConnectionStringsConfiguration
{
    public string ApplicationDbConnection { get; set; } = string.Empty;

    public string SessionDbConnection { get; set; } = string.Empty;
}
