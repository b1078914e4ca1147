using Duende.IdentityServer;
using Hooli.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hooli.Infrastructure.IdentityServer;

public static class DependencyInjection
{
    public static IServiceCollection AddHooliIdentityServer(this IServiceCollection services)
    {
        services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                options.EmitStaticAudienceClaim = true;
            })
            .AddInMemoryIdentityResources(SsoConfig.IdentityResources)
            .AddInMemoryApiScopes(SsoConfig.ApiScopes)
            .AddInMemoryClients(SsoConfig.Clients)
            .AddAspNetIdentity<HooliUser>();

        return services;
    }

    public static IServiceCollection AddExternalLogins(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddGoogle(options =>
            {
                options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;

                // register the app in the Google console and fill these in
                options.ClientId = "enter the Google client ID here";
                options.ClientSecret = "enter the Google client secret here";
            });

        return services;
    }
}
