using Duende.IdentityServer;
using Globex.AccountService.Api.Configs;
using Globex.AccountService.Application;
using Globex.AccountService.Infrastructure.Data;
using Globex.AccountService.Infrastructure.Identity;
using Globex.Core;
using Globex.Infrastructure.Authorization.Extensions;
using Microsoft.AspNetCore.Identity;

namespace Globex.AccountService.Api.Extensions;

internal static class ServiceCollectionExtensions
{
    public static void AddAppControllers(this IServiceCollection services)
    {
        services.AddGlobexControllers();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
    }

    public static void AddAppIdentity(this IServiceCollection services)
    {
        services.AddIdentity<GlobexUser, IdentityRole<Guid>>(o => o.User.RequireUniqueEmail = true)
            .AddEntityFrameworkStores<AccountDbContext>()
            .AddDefaultTokenProviders();

        // The SPAs come back from Google through a cross-site redirect.
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.SameSite = SameSiteMode.None;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
    }

    public static void AddAppApplicationServices(this IServiceCollection services)
        => services.AddAccountApplication();

    public static void AddAppIdentityServer(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddIdentityServer(options =>
            {
                options.LicenseKey = configuration.GetValue("Duende:LicenseKey", "");
                options.IssuerUri = configuration.GetValue("Issuer", "");
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;
                options.Endpoints.EnableCheckSessionEndpoint = true;
            })
            .AddInMemoryIdentityResources(Config.IdentityResources)
            .AddInMemoryApiScopes(Config.ApiScopes)
            .AddInMemoryApiResources(Config.ApiResources)
            .AddInMemoryClients(Config.GetClients(configuration))
            .AddAspNetIdentity<GlobexUser>()
            .AddLicenseSummary();

        services.AddScoped<Duende.IdentityServer.Services.IProfileService, GlobexProfileService>();
    }

    public static void AddAppAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(IdentityServerConstants.LocalApi.AuthenticationScheme)
            .AddLocalApi(o => o.ExpectedScope = "account.fullaccess");

        var googleClientId = configuration["Authentication:Google:ClientId"];
        var googleClientSecret = configuration["Authentication:Google:ClientSecret"];
        if (string.IsNullOrWhiteSpace(googleClientId) || string.IsNullOrWhiteSpace(googleClientSecret))
            return;

        services.AddAuthentication().AddGoogle(o =>
        {
            o.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
            o.ClientId = googleClientId;
            o.ClientSecret = googleClientSecret;
            o.CallbackPath = "/signin-google";
            o.CorrelationCookie.SameSite = SameSiteMode.None;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
        });
    }

    public static void AddAppAuthorization(this IServiceCollection services)
        => services.AddGlobexAuthorizationForLocalApi("account.fullaccess");
}
