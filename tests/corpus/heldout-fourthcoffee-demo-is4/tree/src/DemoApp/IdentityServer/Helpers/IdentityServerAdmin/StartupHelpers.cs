using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IdentityServer.Helpers.IdentityServerAdmin
{
    public static class StartupHelpers
    {
        public static void AddIdSHealthChecks<TConfigurationDbContext, TPersistedGrantDbContext>(this IServiceCollection services, IConfiguration configuration, string connectionString)
            where TConfigurationDbContext : DbContext
            where TPersistedGrantDbContext : DbContext
        {
            var identityServerUri = configuration["AdminConfiguration:IdentityServerBaseUrl"];
            var healthChecksBuilder = services.AddHealthChecks()
                .AddDbContextCheck<TConfigurationDbContext>("ConfigurationDbContext")
                .AddDbContextCheck<TPersistedGrantDbContext>("PersistedGrantsDbContext")
                .AddIdentityServer(new Uri(identityServerUri), "Identity Server");

            if (configuration["DatabaseProviderConfiguration:ProviderType"] == "SqlServer")
            {
                healthChecksBuilder
                    .AddSqlServer(connectionString, name: "ConfigurationDb")
                    .AddSqlServer(connectionString, name: "PersistentGrantsDb");
            }
        }
    }
}
