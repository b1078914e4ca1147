using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Woodgrove.EntityFramework.Context;

namespace Woodgrove.IdentityServer.EntityFramework.Storage.Services
{
    public class AdminServices : IAdminServices
    {
        private readonly MainEntityCoreContext _mainContext;
        private readonly ITenantConfigurationDbContextAccessor _tenantContexts;

        public AdminServices(MainEntityCoreContext mainContext, ITenantConfigurationDbContextAccessor tenantContexts)
        {
            _mainContext = mainContext;
            _tenantContexts = tenantContexts;
        }

        // Called from the Woodgrove.Admin pages when an operator opens or creates tenants.
        public async Task EnsureMainConfigurationDatabaseAsync()
        {
            await _mainContext.Database.MigrateAsync();
        }

        public async Task EnsureTenantDatabaseAsync(string name)
        {
            var tenantContext = _tenantContexts.GetTenantConfigurationDbContext(name);
            await tenantContext.Database.MigrateAsync();
        }

        public async Task CreateTenantAsync(string name)
        {
            await EnsureMainConfigurationDatabaseAsync();
            _mainContext.Tenants.Add(new Tenant { Name = name, Enabled = true });
            await _mainContext.SaveChangesAsync();
            await EnsureTenantDatabaseAsync(name);
        }
    }
}
