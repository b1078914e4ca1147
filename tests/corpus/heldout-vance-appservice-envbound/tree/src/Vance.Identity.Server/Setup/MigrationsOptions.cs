namespace Vance.Identity.Server.Setup;

// Bound from the "Migrations" section; both switches are off unless configuration turns them on.
public sealed class MigrationsOptions
{
    public const string SectionName = "Migrations";

    public bool ApplyMigrations { get; set; }

    public bool SeedData { get; set; }
}
