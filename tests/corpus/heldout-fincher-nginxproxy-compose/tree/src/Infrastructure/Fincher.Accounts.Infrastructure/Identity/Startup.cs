using Duende.IdentityServer;
using Duende.IdentityServer.Configuration;
using Fincher.Accounts.Application.Configurations;
using Fincher.Accounts.Domain.Enums;
using Fincher.Accounts.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Fincher.Accounts.Infrastructure.Identity;

internal static class Startup
{
    internal static IServiceCollection AddFincherIdentity(this IServiceCollection services, IConfiguration config, HostKind hostKind)
    {
        var interaction = config.GetSection(nameof(IdentityServerOptions)).Get<IdentityServerOptions>()?.UserInteraction
            ?? new UserInteractionOptions();

        return services
            .AddIdentity<FincherUser, IdentityRole>(options => config.GetSection(nameof(IdentityOptions)).Bind(options))
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddDefaultTokenProviders()
            .Services
            .ConfigureApplicationCookie(options =>
            {
                // The login and logout pages live in the React portal, not in this host.
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = ctx =>
                    {
                        ctx.Response.Redirect(interaction.LoginUrl ?? "http://localhost:3000/auth/login");
                        return Task.CompletedTask;
                    },
                    OnRedirectToLogout = ctx =>
                    {
                        ctx.Response.Redirect(interaction.LogoutUrl ?? "http://localhost:3000/auth/logout");
                        return Task.CompletedTask;
                    },
                };
            });
    }

    internal static IServiceCollection AddFincherIdentityServer(this IServiceCollection services, IConfiguration config, HostKind hostKind)
    {
        if (hostKind is not HostKind.IdentityServer)
        {
            return services;
        }

        var section = config.GetSection(nameof(IdentityServerOptions));

        return services.AddIdentityServer(options => section.Bind(options))
            .AddConfigurationStore<ApplicationDbContext>()
            .AddOperationalStore<ApplicationDbContext>(options =>
            {
                options.EnableTokenCleanup = true;
                options.TokenCleanupInterval = 3600;
            })
            .AddAspNetIdentity<FincherUser>()
            .AddServerSideSessions()
            .Services
            .AddOpenTelemetryTracing(hostKind);
    }

    internal static IServiceCollection AddOpenTelemetryTracing(this IServiceCollection services, HostKind hostKind)
    {
        if (hostKind != HostKind.Bff)
        {
            return services;
        }

        return services.AddOpenTelemetryTracing(tracing => tracing
            .AddSource(IdentityServerConstants.Tracing.Basic)
            .AddSource(IdentityServerConstants.Tracing.Stores)
            .AddSource(IdentityServerConstants.Tracing.Validation)
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("Fincher.Accounts"))
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddSqlClientInstrumentation()
            .AddConsoleExporter());
    }

    internal static IServiceCollection AddExternalLogins(this IServiceCollection services, IConfiguration config, HostKind hostKind)
    {
        if (hostKind is not HostKind.IdentityServer)
        {
            return services;
        }

        var authentication = services.AddAuthentication();
        var providers = config.GetSection(nameof(ExternalProvidersConfiguration)).Get<ExternalProvidersConfiguration>();
        if (providers is null)
        {
            return services;
        }

        if (providers.UseGoogleProvider && !string.IsNullOrWhiteSpace(providers.GoogleClientSecret))
        {
            authentication.AddGoogle(options =>
            {
                options.ClientId = providers.GoogleClientId!;
                options.ClientSecret = providers.GoogleClientSecret;
            });
        }

        if (providers.UseGitHubProvider && !string.IsNullOrWhiteSpace(providers.GitHubClientSecret))
        {
            authentication.AddGitHub(options =>
            {
                options.ClientId = providers.GitHubClientId!;
                options.ClientSecret = providers.GitHubClientSecret;
                options.Scope.Add("user:email");
            });
        }

        return services;
    }
}
