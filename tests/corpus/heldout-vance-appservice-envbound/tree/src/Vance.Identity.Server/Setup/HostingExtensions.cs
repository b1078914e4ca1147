using Duende.IdentityServer.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Serilog;
using Vance.Identity.Server.Data;
using Vance.Identity.Server.Users;
using Vance.Identity.Server.Users.Domain;
using Vance.Identity.Server.Users.Persistence;

namespace Vance.Identity.Server.Setup;

public static class HostingExtensions
{
    // Named after the Duende call it wraps; extends the WebApplicationBuilder, not IServiceCollection.
    public static WebApplicationBuilder AddIdentityServer(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(Constants.IdentityDbName);
        var migrationsAssembly = typeof(AccountsDbContext).Assembly.FullName;

        builder.Services.AddRazorPages();

        builder.Services.AddIdentity<VanceUser, IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();

        // Issuer comes from the bound Vance:Identity section, applied after AddIdentityServer.
        builder.Services.AddOptions<IdentityServerOptions>()
            .Configure<IOptions<IdentityConfig>>((options, identity) =>
            {
                options.IssuerUri = identity.Value.IssuerUri;
                options.EmitStaticAudienceClaim = true;
            });

        builder.Services.AddIdentityServer()
            .AddConfigurationStore(options =>
            {
                options.ConfigureDbContext = db =>
                    db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
            })
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db =>
                    db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly));

                options.EnableTokenCleanup = true;
                options.TokenCleanupInterval = 3600;
            })
            .AddAspNetIdentity<VanceUser>();

        builder.AddUsers();

        builder.Services.AddOptions<IdentityConfig>().BindConfiguration(IdentityConfig.SectionName);
        builder.Services.AddOptions<MigrationsOptions>().BindConfiguration(MigrationsOptions.SectionName);
        builder.Services.AddSingleton<DatabaseSeeder>();
        builder.Services.AddHostedService<MigrationHostedService>();

        builder.Services.AddLocalApiAuthentication();

        return builder;
    }

    public static WebApplication ConfigurePipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Home/Error");
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();

        app.MapUsers();
        app.UseIdentityServer();

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages().RequireAuthorization();

        return app;
    }
}
