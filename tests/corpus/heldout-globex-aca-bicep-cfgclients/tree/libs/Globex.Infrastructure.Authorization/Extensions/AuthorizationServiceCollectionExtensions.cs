using Duende.IdentityServer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Globex.Infrastructure.Authorization.Extensions;

/// <summary>
/// Shared authorization policies. APIs validate JWTs from the account service;
/// the account service itself (which hosts IdentityServer) uses the LocalApi scheme.
/// </summary>
public static class AuthorizationServiceCollectionExtensions
{
    public static void AddGlobexAuthorization(this IServiceCollection services, string requiredScope, bool localApi = false)
    {
        var schemes = localApi
            ? new[] { IdentityServerConstants.LocalApi.AuthenticationScheme }
            : new[] { "Bearer" };

        services.AddAuthorization(options =>
        {
            AuthorizationPolicyBuilder Scoped() => new AuthorizationPolicyBuilder(schemes)
                .RequireAuthenticatedUser()
                .RequireClaim("scope", requiredScope);

            options.DefaultPolicy = Scoped().Build();
            options.AddPolicy("RequireAdmin", Scoped().RequireClaim("role", "Admin", "SystemAdmin").Build());
            options.AddPolicy("RequireMerchant", Scoped().RequireClaim("role", "Merchant").Build());
            options.AddPolicy("RequireShopper", Scoped().RequireClaim("role", "Shopper").Build());
        });
    }

    public static void AddGlobexAuthorizationForLocalApi(this IServiceCollection services, string requiredScope)
        => services.AddGlobexAuthorization(requiredScope, localApi: true);
}
