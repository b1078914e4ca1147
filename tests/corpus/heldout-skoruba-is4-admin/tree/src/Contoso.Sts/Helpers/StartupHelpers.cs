using System;
using System.Collections.Generic;
using System.Linq;
using Contoso.EntityFramework.Configuration.SqlServer;
using IdentityServer4.Configuration;
using IdentityServer4.EntityFramework.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Sts.Helpers
{
    public static class StartupHelpers
    {
        // proxy headers first, then the browser-facing security headers
        public static void UseProxyAndBrowserHeaders(this IApplicationBuilder app, IConfiguration configuration)
        {
            var proxyOptions = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.All
            };
            proxyOptions.KnownNetworks.Clear();
            proxyOptions.KnownProxies.Clear();

            app.UseForwardedHeaders(proxyOptions);

            app.UseReferrerPolicy(policy => policy.NoReferrer());

            var allowedHosts = configuration.GetSection("CspAllowedHosts").Get<List<string>>() ?? new List<string>();
            if (allowedHosts.Any())
            {
                app.UseCsp(csp => csp.DefaultSources(src => { src.SelfSrc = true; src.CustomSources = allowedHosts; }));
            }
        }

        public static void AddStsDbContexts<TMemberDb, TClientDb, TGrantDb, TKeyDb>(this IServiceCollection services, IConfiguration configuration)
            where TMemberDb : DbContext
            where TClientDb : DbContext
            where TGrantDb : DbContext
            where TKeyDb : DbContext
        {
            var provider = configuration.GetValue<string>("Database:Provider");

            switch (provider)
            {
                case "SqlServer":
                    services.AddSqlServerStores<TMemberDb, TClientDb, TGrantDb, TKeyDb>(
                        configuration.GetConnectionString("Members"),
                        configuration.GetConnectionString("Clients"),
                        configuration.GetConnectionString("Grants"),
                        configuration.GetConnectionString("KeyRing"));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(provider), $"Unsupported database provider '{provider}'");
            }
        }

        // used by StartupTest only
        public static void AddInMemoryStores<TMemberDb, TClientDb, TGrantDb, TKeyDb>(this IServiceCollection services)
            where TMemberDb : DbContext
            where TClientDb : DbContext
            where TGrantDb : DbContext
            where TKeyDb : DbContext
        {
            services.AddDbContext<TMemberDb>(db => db.UseInMemoryDatabase(Guid.NewGuid().ToString()));
            services.AddConfigurationDbContext<TClientDb>(store => store.ConfigureDbContext = db => db.UseInMemoryDatabase(Guid.NewGuid().ToString()));
            services.AddOperationalDbContext<TGrantDb>(store => store.ConfigureDbContext = db => db.UseInMemoryDatabase(Guid.NewGuid().ToString()));
            services.AddDbContext<TKeyDb>(db => db.UseInMemoryDatabase(Guid.NewGuid().ToString()));
        }

        public static void AddMemberAccounts<TMemberDb, TMember, TRole>(this IServiceCollection services, IConfiguration configuration)
            where TMemberDb : DbContext
            where TMember : class
            where TRole : class
        {
            services
                .AddIdentity<TMember, TRole>(options => configuration.GetSection(nameof(IdentityOptions)).Bind(options))
                .AddEntityFrameworkStores<TMemberDb>()
                .AddDefaultTokenProviders();

            services.Configure<CookiePolicyOptions>(cookies => cookies.MinimumSameSitePolicy = Microsoft.AspNetCore.Http.SameSiteMode.Unspecified);

            services.AddAuthentication();
        }

        public static IIdentityServerBuilder AddIdentityServer<TClientDb, TGrantDb, TMember>(this IServiceCollection services, IConfiguration configuration)
            where TClientDb : DbContext, IdentityServer4.EntityFramework.Interfaces.IConfigurationDbContext
            where TGrantDb : DbContext, IdentityServer4.EntityFramework.Interfaces.IPersistedGrantDbContext
            where TMember : class
        {
            var optionsSection = configuration.GetSection(nameof(IdentityServerOptions));

            var builder = services.AddIdentityServer(options => optionsSection.Bind(options))
                .AddConfigurationStore<TClientDb>()
                .AddOperationalStore<TGrantDb>()
                .AddAspNetIdentity<TMember>();

            builder.AddTokenSigningKey(configuration);
            builder.AddTokenValidationKey(configuration);
            builder.AddExtensionGrantValidator<OnBehalfOfGrantValidator>();

            return builder;
        }

        public static void AddStsHealthChecks<TClientDb, TGrantDb, TMemberDb, TKeyDb>(this IServiceCollection services, IConfiguration configuration)
            where TClientDb : DbContext
            where TGrantDb : DbContext
            where TMemberDb : DbContext
            where TKeyDb : DbContext
        {
            var checks = services.AddHealthChecks()
                .AddDbContextCheck<TClientDb>("clients-db")
                .AddDbContextCheck<TGrantDb>("grants-db")
                .AddDbContextCheck<TMemberDb>("members-db")
                .AddDbContextCheck<TKeyDb>("keyring-db");

            if (configuration.GetValue<string>("Database:Provider") == "SqlServer")
            {
                checks.AddSqlServer(configuration.GetConnectionString("Clients"), name: "clients-sql");
                checks.AddSqlServer(configuration.GetConnectionString("Grants"), name: "grants-sql");
            }
        }
    }
}
