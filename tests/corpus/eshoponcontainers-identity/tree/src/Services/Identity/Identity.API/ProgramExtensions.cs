using Serilog;

namespace Shop.Services.Identity.API;

public static class ProgramExtensions
{
    public static void AddShopSerilog(this WebApplicationBuilder builder)
    {
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .ReadFrom.Configuration(builder.Configuration)
            .CreateLogger();
        builder.Host.UseSerilog();
    }

    public static void AddShopDatabase(this WebApplicationBuilder builder) =>
        builder.Services.AddDbContext<ApplicationDbContext>(o => o.UseSqlServer(builder.Configuration["ConnectionString"]));

    public static void AddShopIdentityServer(this WebApplicationBuilder builder)
    {
        var identityServer = builder.Services.AddIdentityServer(options =>
        {
            options.Authentication.CookieLifetime = TimeSpan.FromHours(2);
            options.Events.RaiseErrorEvents = true;
            options.Events.RaiseInformationEvents = true;
            options.Events.RaiseFailureEvents = true;
            options.Events.RaiseSuccessEvents = true;
        })
            .AddInMemoryIdentityResources(Config.IdentityResources)
            .AddInMemoryApiScopes(Config.ApiScopes)
            .AddInMemoryClients(Config.Clients(builder.Configuration))
            .AddAspNetIdentity<ApplicationUser>();

        // Development key material, kept in production too.
        identityServer.AddDeveloperSigningCredential();
    }

    public static void AddShopHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy())
            .AddSqlServer(builder.Configuration["ConnectionString"], name: "IdentityDB-check", tags: new[] { "IdentityDB" });
    }
}
