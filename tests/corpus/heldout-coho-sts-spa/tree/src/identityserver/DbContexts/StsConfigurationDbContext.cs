using Coho.Sts.Admin.Seeds.Configuration;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Options;
using Microsoft.EntityFrameworkCore;

namespace Coho.Sts.Admin.DbContexts;

public class StsConfigurationDbContext : ConfigurationDbContext<StsConfigurationDbContext>
{
    public StsConfigurationDbContext(DbContextOptions<StsConfigurationDbContext> options, ConfigurationStoreOptions storeOptions)
        : base(options, storeOptions)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // seed rows land in the migrations that seed.sh generates
        modelBuilder.ApplyConfiguration(new ClientSeed());
        modelBuilder.ApplyConfiguration(new ClientCorsOriginSeed());
    }
}
