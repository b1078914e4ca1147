using Microsoft.EntityFrameworkCore;

namespace Wingtip.Identity.EntityFrameworkCore;

// One schema ("identity") holds staff, roles, permissions and the OpenID Connect tables
// (clients, scopes, persisted grants) that the SSO site reads.
public class DirectoryDbContext : MasaDbContext<DirectoryDbContext>
{
    public DirectoryDbContext(MasaDbContextOptions<DirectoryDbContext> options) : base(options)
    {
    }

    protected override void OnModelCreatingExecuting(ModelBuilder builder)
    {
        builder.HasDefaultSchema("identity");
        builder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
        base.OnModelCreatingExecuting(builder);
    }
}

public class StaffAccount
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Account { get; set; } = "";
    public string DisplayName { get; set; } = "";
}
