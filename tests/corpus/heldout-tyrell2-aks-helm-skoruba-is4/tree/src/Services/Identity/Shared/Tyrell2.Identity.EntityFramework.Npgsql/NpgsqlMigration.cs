namespace Tyrell2.Identity.EntityFramework.Npgsql
{
    // Marker type: EF migrations for every identity DbContext live in this assembly.
    public sealed class NpgsqlMigration
    {
    }
}
