using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fincher.Accounts.Infrastructure.Cors;

public class CorsSettings
{
    public string? Portal { get; set; }

    public string? Admin { get; set; }

    public string? Other { get; set; }
}

internal static class Startup
{
    private const string CorsPolicy = nameof(CorsPolicy);

    internal static IServiceCollection AddCorsPolicy(this IServiceCollection services, IConfiguration config)
    {
        var settings = config.GetSection(nameof(CorsSettings)).Get<CorsSettings>() ?? new CorsSettings();

        var origins = new[] { settings.Portal, settings.Admin, settings.Other }
            .Where(value => value is not null)
            .SelectMany(value => value!.Split(';', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();

        return services.AddCors(options =>
            options.AddPolicy(CorsPolicy, policy => policy
                .AllowAnyHeader()
                .AllowAnyMethod()
                .AllowCredentials()
                .WithOrigins(origins)));
    }

    internal static IApplicationBuilder UseCorsPolicy(this IApplicationBuilder app) =>
        app.UseCors(CorsPolicy);
}
