using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tailwind.Identity.Admin.Api.Helpers
{
    // REST API used by the back-office SPA. It validates tokens issued by the token service
    // and only probes it from a health check.
    public static class StartupHelpers
    {
        public static void AddAdminApiHealthChecks<TConfigurationDbContext, TPersistedGrantDbContext>(this IServiceCollection services, IConfiguration configuration)
            where TConfigurationDbContext : DbContext
            where TPersistedGrantDbContext : DbContext
        {
            var identityServerUri = configuration["AdminApiConfiguration:IdentityServerBaseUrl"];

            services.AddHealthChecks()
                .AddDbContextCheck<TConfigurationDbContext>("ConfigurationDbContext")
                .AddDbContextCheck<TPersistedGrantDbContext>("PersistedGrantsDbContext")
                .AddIdentityServer(new Uri(identityServerUri), "Identity Server");
        }
    }
}
