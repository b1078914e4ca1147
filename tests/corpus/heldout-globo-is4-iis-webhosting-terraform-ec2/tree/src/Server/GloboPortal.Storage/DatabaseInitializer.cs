using GloboPortal.Shared.Models;
using GloboPortal.Shared.Storage;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GloboPortal.Storage
{
    public class DatabaseInitializer : IDatabaseInitializer
    {
        private readonly ApplicationDbContext _applicationDb;
        private readonly LocalizationDbContext _localizationDb;
        private readonly PersistedGrantDbContext _grantsDb;
        private readonly ConfigurationDbContext _configurationDb;
        private readonly UserManager<ApplicationUser> _users;
        private readonly ILogger<DatabaseInitializer> _logger;

        public DatabaseInitializer(
            ApplicationDbContext applicationDb,
            LocalizationDbContext localizationDb,
            PersistedGrantDbContext grantsDb,
            ConfigurationDbContext configurationDb,
            UserManager<ApplicationUser> users,
            ILogger<DatabaseInitializer> logger)
        {
            _applicationDb = applicationDb;
            _localizationDb = localizationDb;
            _grantsDb = grantsDb;
            _configurationDb = configurationDb;
            _users = users;
            _logger = logger;
        }

        public async Task SeedAsync()
        {
            await MigrateAsync();
            await SeedIdentityServerAsync();
            await EnsureAdministratorAsync();
        }

        private async Task MigrateAsync()
        {
            await _localizationDb.Database.MigrateAsync();
            await _applicationDb.Database.MigrateAsync();
            await _grantsDb.Database.MigrateAsync();
            await _configurationDb.Database.MigrateAsync();
        }

        private async Task SeedIdentityServerAsync()
        {
            if (!await _configurationDb.ApiScopes.AnyAsync())
            {
                foreach (var scope in IdentityServerConfig.ApiScopes)
                    _configurationDb.ApiScopes.Add(scope.ToEntity());
            }

            if (!await _configurationDb.Clients.AnyAsync())
            {
                _logger.LogInformation("Seeding IdentityServer clients");
                foreach (var client in IdentityServerConfig.Clients)
                    _configurationDb.Clients.Add(client.ToEntity());
            }

            if (!await _configurationDb.IdentityResources.AnyAsync())
            {
                foreach (var resource in IdentityServerConfig.IdentityResources)
                    _configurationDb.IdentityResources.Add(resource.ToEntity());
            }

            if (!await _configurationDb.ApiResources.AnyAsync())
            {
                foreach (var resource in IdentityServerConfig.ApiResources)
                    _configurationDb.ApiResources.Add(resource.ToEntity());
            }

            await _configurationDb.SaveChangesAsync();
        }

        private async Task EnsureAdministratorAsync()
        {
            if (await _users.FindByNameAsync("admin") != null)
                return;

            var admin = new ApplicationUser
            {
                UserName = "admin",
                Email = "admin@globoportal.com",
                EmailConfirmed = true
            };

            await _users.CreateAsync(admin, "Admin!Globo1");
        }
    }
}
