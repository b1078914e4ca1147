using System.Linq;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using IdentityServer4.Extensions;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Soylent.App.Application.Middlewares;
using Soylent.App.Infrastructure;
using Soylent.Application.Entities;

namespace Soylent.App.Auth
{
    public class Startup
    {
        public Startup(IConfiguration configuration, IHostEnvironment environment)
        {
            Configuration = configuration;
            Environment = environment;
        }

        public IConfiguration Configuration { get; }
        public IHostEnvironment Environment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddInfrastructure(Configuration, Environment);

            var connectionString = Configuration.GetConnectionString("DefaultConnection");

            var identityServer = services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                options.IssuerUri = Configuration.GetValue<string>("IdentityServer:IssuerUri");
            })
            .AddConfigurationStore(options =>
            {
                options.ConfigureDbContext = db => db.UseSqlServer(connectionString);
            })
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db => db.UseSqlServer(connectionString);
            })
            .AddAspNetIdentity<User>();

            services.AddTransient<IEventSink, ErrorOnlyEventSink>();

            // TODO: load a real certificate with AddSigningCredential once staging/production have one
            if (Environment.IsDevelopment() || Environment.IsStaging() || Environment.IsProduction())
            {
                identityServer.AddDeveloperSigningCredential();
            }

            // services.AddCors(cors => cors.AddPolicy("mobile", p => p.WithOrigins("https://soyl-app-api-dev.azurewebsites.net")));

            services.AddTransient<IRefreshTokenService, LenientRefreshTokenService>();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseApplicationExceptionHandler();

            MigrateAndSeed(app);

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            var issuerUri = Configuration.GetValue<string>("IdentityServer:IssuerUri");
            app.Use(async (context, next) =>
            {
                context.SetIdentityServerOrigin(issuerUri);
                await next();
            });

            app.UseIdentityServer();
        }

        private static void MigrateAndSeed(IApplicationBuilder app)
        {
            using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();

            scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

            var configurationDb = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
            configurationDb.Database.Migrate();

            if (!configurationDb.Clients.Any())
            {
                configurationDb.Clients.AddRange(Config.Clients.Select(c => c.ToEntity()));
            }
            if (!configurationDb.IdentityResources.Any())
            {
                configurationDb.IdentityResources.AddRange(Config.IdentityResources.Select(r => r.ToEntity()));
            }
            if (!configurationDb.ApiScopes.Any())
            {
                configurationDb.ApiScopes.AddRange(Config.ApiScopes.Select(s => s.ToEntity()));
            }
            if (!configurationDb.ApiResources.Any())
            {
                configurationDb.ApiResources.AddRange(Config.ApiResources.Select(r => r.ToEntity()));
            }
            configurationDb.SaveChanges();
        }
    }
}
