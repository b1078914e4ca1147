using System.Linq;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace NodTools.Identity
{
    public static class DatabaseInitializer
    {
        public static void Initialize(IApplicationBuilder app, IdentityServerDbContext context)
        {
            context.Database.EnsureCreated();

            SeedConfiguration(app);

            context.SaveChanges();
        }

        private static void SeedConfiguration(IApplicationBuilder app)
        {
            using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
            var parameters = app.ApplicationServices.GetRequiredService<IdentityServerParameters>();

            scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

            var configurationDb = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
            configurationDb.Database.Migrate();

            if (!configurationDb.Clients.Any())
            {
                foreach (var client in parameters.GetClients())
                {
                    configurationDb.Clients.Add(client.ToEntity());
                }
                configurationDb.SaveChanges();
            }

            if (!configurationDb.IdentityResources.Any())
            {
                foreach (var resource in parameters.GetIdentityResources())
                {
                    configurationDb.IdentityResources.Add(resource.ToEntity());
                }
                configurationDb.SaveChanges();
            }

            if (!configurationDb.ApiResources.Any())
            {
                foreach (var api in parameters.GetApiResources())
                {
                    configurationDb.ApiResources.Add(api.ToEntity());
                }
                configurationDb.SaveChanges();
            }
        }
    }
}
