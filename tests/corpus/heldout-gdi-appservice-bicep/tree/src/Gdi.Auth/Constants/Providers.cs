namespace Gdi.Auth.Constants;

public static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PostgreSql = "postgresql";
    public const string SqlServer = "sqlserver";
}
