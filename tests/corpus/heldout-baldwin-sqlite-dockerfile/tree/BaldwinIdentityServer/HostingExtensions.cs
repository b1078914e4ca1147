using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Test;
using BaldwinIdentityServer;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace BaldwinMuseum
{
    internal static class HostingExtensions
    {
        private static void SeedStores(IApplicationBuilder app)
        {
            using var scope = app.ApplicationServices.GetService<IServiceScopeFactory>()!.CreateScope();

            scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

            var configDb = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
            configDb.Database.Migrate();

            if (!configDb.Clients.Any())
            {
                foreach (var client in Config.Clients)
                {
                    configDb.Clients.Add(client.ToEntity());
                }
                configDb.SaveChanges();
            }

            if (!configDb.IdentityResources.Any())
            {
                foreach (var resource in Config.IdentityResources)
                {
                    configDb.IdentityResources.Add(resource.ToEntity());
                }
                configDb.SaveChanges();
            }

            if (!configDb.ApiScopes.Any())
            {
                foreach (var scopeDef in Config.ApiScopes)
                {
                    configDb.ApiScopes.Add(scopeDef.ToEntity());
                }
                configDb.SaveChanges();
            }
        }

        public static WebApplication ConfigureServices(this WebApplicationBuilder builder)
        {
            builder.Services.AddRazorPages();

            var migrationsAssembly = typeof(Program).Assembly.GetName().Name;
            var connectionString = builder.Configuration.GetConnectionString("DefaultConnection");

            builder.Services.AddIdentityServer()
                .AddConfigurationStore(options =>
                {
                    options.ConfigureDbContext = b => b.UseSqlite(connectionString,
                        sql => sql.MigrationsAssembly(migrationsAssembly));
                })
                .AddOperationalStore(options =>
                {
                    options.ConfigureDbContext = b => b.UseSqlite(connectionString,
                        sql => sql.MigrationsAssembly(migrationsAssembly));
                })
                .AddTestUsers(TestUsers.Users);

            return builder.Build();
        }

        public static WebApplication ConfigurePipeline(this WebApplication app)
        {
            app.UseSerilogRequestLogging();

            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            SeedStores(app);

            app.UseStaticFiles();
            app.UseRouting();

            app.UseIdentityServer();

            app.UseAuthorization();
            app.MapRazorPages().RequireAuthorization();

            return app;
        }
    }
}
