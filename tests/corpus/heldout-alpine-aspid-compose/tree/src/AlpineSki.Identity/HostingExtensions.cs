using AlpineSki.Identity.Admin;
using AlpineSki.Identity.Data.DataMigrations;
using Duende.IdentityServer;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace AlpineSki.Identity;

internal static class HostingExtensions
{
    private const string ConnectionName = "SqlContainer";

    private static async Task InitializeDatabaseAsync(IApplicationBuilder app)
    {
        using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();

        var grants = scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>();
        await grants.Database.MigrateAsync();

        var configuration = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
        await configuration.Database.MigrateAsync();

        var users = scope.ServiceProvider.GetRequiredService<SkiPatrolDbContext>();
        await users.Database.MigrateAsync();

        if (!await configuration.Clients.AnyAsync())
        {
            foreach (var client in Config.Clients)
            {
                configuration.Clients.Add(client.ToEntity());
            }
            await configuration.SaveChangesAsync();
        }

        Log.Debug("database initialised");
    }

    public static WebApplication ConfigureServices(this WebApplicationBuilder builder)
    {
        var migrationsAssembly = typeof(SkiPatrolDbContext).Assembly.GetName().Name;
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);

        builder.Services.AddRazorPages();
        builder.Services.AddAuthorization();

        builder.Services.AddDbContext<SkiPatrolDbContext>(options =>
            options.UseSqlServer(connectionString));

        builder.Services.AddIdentity<SkiPatrolUser, IdentityRole>()
            .AddEntityFrameworkStores<SkiPatrolDbContext>()
            .AddDefaultTokenProviders();

        builder.Services
            .AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                options.EmitStaticAudienceClaim = true;
            })
            .AddConfigurationStore(options =>
            {
                options.ConfigureDbContext = b =>
                    b.UseSqlServer(connectionString,
                        sql => sql.MigrationsAssembly(migrationsAssembly));
            })
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = b =>
                    b.UseSqlServer(connectionString,
                        sql => sql.MigrationsAssembly(migrationsAssembly));
            })
            .AddAspNetIdentity<SkiPatrolUser>();

        builder.Services.AddAuthentication()
            .AddGoogle(options =>
            {
                options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                builder.Configuration.GetSection("Authentication:Google").Bind(options);
            });

        builder.Services.AddScoped<IClientAdminService, ClientAdminService>();

        return builder.Build();
    }

    public static async Task<WebApplication> ConfigurePipelineAsync(this WebApplication app)
    {
        app.UseSerilogRequestLogging();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Home/Error");
        }

        if (!app.Environment.IsEnvironment("Testing"))
        {
            await InitializeDatabaseAsync(app);
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseIdentityServer();

        app.UseAuthorization();
        app.MapRazorPages()
            .RequireAuthorization();

        return app;
    }
}
