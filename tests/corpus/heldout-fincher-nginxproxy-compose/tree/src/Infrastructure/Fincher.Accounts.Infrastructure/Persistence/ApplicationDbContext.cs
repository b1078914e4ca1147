using Duende.IdentityServer.EntityFramework.Entities;
using Duende.IdentityServer.EntityFramework.Interfaces;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fincher.Accounts.Infrastructure.Persistence;

public class FincherUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public bool IsActive { get; set; } = true;
}

/// <summary>
/// One context for ASP.NET Identity, both IdentityServer stores and (in principle) the
/// Data Protection key ring.
/// </summary>
public class ApplicationDbContext : IdentityDbContext<FincherUser>,
    IConfigurationDbContext, IPersistedGrantDbContext, IDataProtectionKeyContext
{
    public ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Client> Clients { get; set; } = null!;

    public DbSet<ClientCorsOrigin> ClientCorsOrigins { get; set; } = null!;

    public DbSet<IdentityResource> IdentityResources { get; set; } = null!;

    public DbSet<ApiResource> ApiResources { get; set; } = null!;

    public DbSet<ApiScope> ApiScopes { get; set; } = null!;

    public DbSet<IdentityProvider> IdentityProviders { get; set; } = null!;

    public DbSet<PersistedGrant> PersistedGrants { get; set; } = null!;

    public DbSet<DeviceFlowCodes> DeviceFlowCodes { get; set; } = null!;

    public DbSet<Key> Keys { get; set; } = null!;

    public DbSet<ServerSideSession> ServerSideSessions { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema("accounts");
    }
}
