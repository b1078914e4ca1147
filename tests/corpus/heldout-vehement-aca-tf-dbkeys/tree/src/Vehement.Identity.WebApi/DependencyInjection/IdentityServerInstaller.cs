using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vehement.Identity.Persistence;
using Vehement.Identity.WebApi.UserManagement;

namespace Vehement.Identity.WebApi.DependencyInjection;

public static class IdentityServerInstaller
{
    public static IServiceCollection AddIdentityServerWithOperationalStore(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        // every origin may call the protocol endpoints
        services.AddSingleton<ICorsPolicyService>(sp =>
            new DefaultCorsPolicyService(sp.GetRequiredService<ILogger<DefaultCorsPolicyService>>()) { AllowAll = true });

        services.AddDbContext<VehementIdentityDbContext>(db =>
            db.UseNpgsql(configuration.GetConnectionString("Vehement_Identity_Users")));

        services.AddIdentity<IdentityUser, IdentityRole>()
            .AddEntityFrameworkStores<VehementIdentityDbContext>()
            .AddUserManager<VehementUserManager>()
            .AddDefaultTokenProviders();

        services.AddScoped<VehementIdentityDbMigrator>();
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateOnStart();

        if (!environment.IsDevelopment())
        {
            services.AddDataProtection()
                .SetApplicationName("VehementIdentity")
                .PersistKeysToDbContext<VehementIdentityDbContext>();
        }

        services.AddIdentityServer(options =>
            {
                options.Authentication.CookieSameSiteMode = SameSiteMode.Lax;
                options.Authentication.CheckSessionCookieSameSiteMode = SameSiteMode.Lax;
            })
            .AddInMemoryClients(configuration.GetSection("IdentityServer:Clients"))
            .AddInMemoryIdentityResources(Config.IdentityResources)
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db => db.UseNpgsql(
                    configuration.GetConnectionString("Vehement_Identity_OperationalData"),
                    npgsql => npgsql.MigrationsAssembly(typeof(Persistence.IAssemblyMarker).Assembly.FullName));
                options.DefaultSchema = "OperationalStore";
                options.EnableTokenCleanup = true;
                options.TokenCleanupInterval = 3600;
            })
            .AddAspNetIdentity<IdentityUser>();

        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);

        return services;
    }
}
