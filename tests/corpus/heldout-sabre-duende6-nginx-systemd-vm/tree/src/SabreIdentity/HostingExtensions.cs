using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace SabreIdentity;

internal static class HostingExtensions
{
    // Creates the schema and loads Config.cs into the configuration store.
    private static void SeedStores(IApplicationBuilder app)
    {
        using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();

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
        var migrationsAssembly = typeof(Program).Assembly.GetName().Name;
        var sabreDb = builder.Configuration.GetConnectionString("SabreAdminDb");

        builder.Services.AddIdentityServer()
            .AddConfigurationStore(options =>
            {
                options.ConfigureDbContext = db => db.UseNpgsql(sabreDb,
                    npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
            })
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db => db.UseNpgsql(sabreDb,
                    npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
            });

        return builder.Build();
    }

    public static WebApplication ConfigurePipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        // SeedStores(app);

        // no UI yet: token endpoint only
        // app.UseStaticFiles();
        // app.UseRouting();

        app.UseIdentityServer();

        // app.UseAuthorization();
        // app.MapRazorPages().RequireAuthorization();

        return app;
    }
}
