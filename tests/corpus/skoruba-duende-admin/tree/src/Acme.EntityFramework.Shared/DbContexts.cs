using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.EntityFramework.Shared;

public class ConfigDbContext : ConfigurationDbContext<ConfigDbContext>
{
    public ConfigDbContext(DbContextOptions<ConfigDbContext> options) : base(options) { }
}

public class GrantDbContext : PersistedGrantDbContext<GrantDbContext>
{
    public GrantDbContext(DbContextOptions<GrantDbContext> options) : base(options) { }
}

public class KeyRingDbContext : DbContext, IDataProtectionKeyContext
{
    public KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : base(options) { }
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;
}

public static class DbContextRegistration
{
    public static void AddAcmeDbContexts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<KeyRingDbContext>(o => o.UseSqlServer(configuration.GetConnectionString("KeyRingDb")));
    }
}
