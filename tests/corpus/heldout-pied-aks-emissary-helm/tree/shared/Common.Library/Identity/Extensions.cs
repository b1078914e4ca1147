using Common.Library.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Common.Library.Identity;

public static class Extensions
{
    // resource servers (menu, inventory, order, payment, tenant) validate tokens from IdentityService
    public static AuthenticationBuilder AddPiedJwtBearer(this IServiceCollection services)
    {
        return services.ConfigureOptions<ConfigureJwtBearerOptions>()
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer();
    }
}

public class ConfigureJwtBearerOptions : IConfigureNamedOptions<JwtBearerOptions>
{
    private readonly IConfiguration _configuration;

    public ConfigureJwtBearerOptions(IConfiguration configuration) => _configuration = configuration;

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme) return;

        var settings = _configuration.GetSection(nameof(ServiceSettings)).Get<ServiceSettings>()!;
        options.Authority = settings.Authority;
        options.Audience = settings.ServiceName;
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = "role";
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
