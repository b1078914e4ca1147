using IdentityServer4.EntityFramework.Entities;
using IdentityServer4.EntityFramework.Extensions;
using IdentityServer4.EntityFramework.Interfaces;
using IdentityServer4.EntityFramework.Options;
using Jwks.Manager;
using Jwks.Manager.Store.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using System.Threading.Tasks;

namespace Contoso.Data.Context
{
    // One database holds everything: users, IdentityServer config and grants,
    // the Data Protection key ring and the JWKS signing keys.
    public class IdentityStoreContext : IdentityDbContext<AccountUser, AccountRole, string>,
        IConfigurationDbContext,
        IPersistedGrantDbContext,
        IDataProtectionKeyContext,
        ISecurityKeyContext
    {
        private readonly ConfigurationStoreOptions _configOptions;
        private readonly OperationalStoreOptions _grantOptions;

        public IdentityStoreContext(DbContextOptions<IdentityStoreContext> options,
            ConfigurationStoreOptions configOptions, OperationalStoreOptions grantOptions)
            : base(options)
        {
            _configOptions = configOptions;
            _grantOptions = grantOptions;
        }

        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            builder.ConfigureClientContext(_configOptions);
            builder.ConfigureResourcesContext(_configOptions);
            builder.ConfigurePersistedGrantContext(_grantOptions);
        }

        public Task<int> SaveChangesAsync() => base.SaveChangesAsync();

        public DbSet<Client> Clients { get; set; }
        public DbSet<IdentityResource> IdentityResources { get; set; }
        public DbSet<ApiResource> ApiResources { get; set; }
        public DbSet<PersistedGrant> PersistedGrants { get; set; }
        public DbSet<DeviceFlowCodes> DeviceFlowCodes { get; set; }
        public DbSet<DataProtectionKey> DataProtectionKeys { get; set; }
        public DbSet<SecurityKeyWithPrivate> SecurityKeys { get; set; }
    }
}
