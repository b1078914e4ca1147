using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Trey.IdentityServer.Data;
using Trey.IdentityServer.Data.InitData;
using Trey.IdentityServer.Models;

namespace Trey.IdentityServer.HostService.StartupTask
{
    public class MigratorStartup : IStartupTask
    {
        private readonly IServiceProvider _serviceProvider;

        public MigratorStartup(IServiceProvider serviceProvider)
        {
            _serviceProvider = serviceProvider;
        }

        public async Task ExecuteAsync(CancellationToken cancellationToken = default)
        {
            using var scope = _serviceProvider.CreateScope();
            var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
            if (!configuration.GetValue<bool>("Seed"))
            {
                return;
            }

            await scope.ServiceProvider.GetRequiredService<TreyDbContext>().Database.MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>().Database.MigrateAsync(cancellationToken);

            await SeedConfigurationAsync(scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>());
            await SeedUsersAsync(scope.ServiceProvider);
        }

        private static async Task SeedConfigurationAsync(ConfigurationDbContext context)
        {
            if (!context.Clients.Any())
            {
                foreach (var client in IdentityServerInitData.GetClients())
                {
                    context.Clients.Add(client.ToEntity());
                }
            }

            if (!context.IdentityResources.Any())
            {
                foreach (var resource in IdentityServerInitData.GetIdentityResources())
                {
                    context.IdentityResources.Add(resource.ToEntity());
                }
            }

            if (!context.ApiResources.Any())
            {
                foreach (var resource in IdentityServerInitData.GetApiResources())
                {
                    context.ApiResources.Add(resource.ToEntity());
                }
            }

            if (!context.ApiScopes.Any())
            {
                foreach (var scope in IdentityServerInitData.GetApiScopes())
                {
                    context.ApiScopes.Add(scope.ToEntity());
                }
            }

            await context.SaveChangesAsync();
        }

        private static async Task SeedUsersAsync(IServiceProvider services)
        {
            var roles = services.GetRequiredService<RoleManager<ApplicationRole>>();
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();

            foreach (var role in IdentityServerInitData.GetRoles())
            {
                if (await roles.FindByNameAsync(role.Name) == null)
                {
                    await roles.CreateAsync(role);
                }
            }

            foreach (var (user, password) in IdentityServerInitData.GetUsers())
            {
                if (await users.FindByNameAsync(user.UserName) == null)
                {
                    await users.CreateAsync(user, password);
                }
            }
        }
    }
}
