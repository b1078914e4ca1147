namespace Fincher.Accounts.Domain.Enums;

/// <summary>Which presentation project is composing the shared infrastructure.</summary>
public enum HostKind
{
    IdentityServer,
    Api,
    Bff,
}

/// <summary>Database engine selected by DatabaseConfiguration:DatabaseProvider.</summary>
public enum DatabaseProvider
{
    PostgreSql,
    SqlServer,
    MySql,
    Sqlite,
    InMemory,
}
