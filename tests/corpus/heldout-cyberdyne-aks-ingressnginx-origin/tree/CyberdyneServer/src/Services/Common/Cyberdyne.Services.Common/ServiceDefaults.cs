using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cyberdyne.Services.Common;

public static class ServiceDefaults
{
    public static WebApplicationBuilder AddCyberdyneDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddCyberdyneBearer(builder.Configuration);
        return builder;
    }

    // used by the APIs that trust the identity service, never by the identity service itself
    public static IServiceCollection AddCyberdyneBearer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication("Bearer").AddJwtBearer("Bearer", jwt =>
        {
            jwt.Authority = configuration["Identity:Url"];
            jwt.RequireHttpsMetadata = false;
            jwt.TokenValidationParameters.ValidateAudience = false;
        });
        return services;
    }
}
