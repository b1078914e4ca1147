using System;
using Contoso.EntityFramework.Configuration.SqlServer;
using Contoso.Shared.Configuration.Helpers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Admin.UI.Helpers
{
    public static class StartupHelpers
    {
        public static void AddAdminScreens<TMemberDb, TClientDb, TGrantDb, TKeyDb>(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
            where TMemberDb : DbContext
            where TClientDb : DbContext
            where TGrantDb : DbContext
            where TKeyDb : DbContext, IDataProtectionKeyContext
        {
            services.AddSqlServerStores<TMemberDb, TClientDb, TGrantDb, TKeyDb>(
                configuration.GetConnectionString("Members"),
                configuration.GetConnectionString("Clients"),
                configuration.GetConnectionString("Grants"),
                configuration.GetConnectionString("KeyRing"));

            services.AddSharedKeyRing<TKeyDb>(configuration);

            var tokenServiceUrl = configuration.GetValue<string>("AdminScreens:TokenServiceUrl");

            services.AddAuthentication("admin-cookie")
                .AddCookie("admin-cookie")
                .AddOpenIdConnect("oidc", oidc =>
                {
                    oidc.Authority = tokenServiceUrl;
                    oidc.ClientId = configuration.GetValue<string>("AdminScreens:ClientId");
                    oidc.RequireHttpsMetadata = configuration.GetValue<bool>("AdminScreens:RequireHttpsMetadata");
                });

            services.AddControllersWithViews();

            services.AddHealthChecks()
                .AddDbContextCheck<TClientDb>("clients-db")
                .AddDbContextCheck<TGrantDb>("grants-db")
                .AddIdentityServer(new Uri(tokenServiceUrl), "token-service");
        }

        public static void UseAdminScreens(this IApplicationBuilder app)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        public static void MapAdminScreens(this IEndpointRouteBuilder endpoints)
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapHealthChecks("/health");
        }
    }
}
