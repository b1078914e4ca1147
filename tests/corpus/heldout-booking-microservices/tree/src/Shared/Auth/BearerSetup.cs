using Fabrikam.Shared.Config;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Fabrikam.Shared.Auth;

// Used by the resource APIs (not the token service) to accept access tokens.
public static class BearerSetup
{
    public static IServiceCollection AddBearerValidation(this IServiceCollection services)
    {
        var jwt = services.ReadSettings<JwtBearerOptions>("Jwt");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = jwt.Authority;
                options.Audience = jwt.Audience;
                options.RequireHttpsMetadata = false;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuers = [jwt.Authority],
                    ValidateAudience = true,
                    ValidAudiences = [jwt.Audience],
                    ClockSkew = TimeSpan.FromSeconds(5),
                };
            });

        services.AddAuthorization(policies =>
            policies.AddPolicy("scoped", p => p.RequireAuthenticatedUser().RequireClaim("scope", jwt.Audience!)));

        return services;
    }
}
