using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hooli.Infrastructure.Cors;

internal static class DependencyInjection
{
    private const string PolicyName = "HooliOrigins";

    internal static IServiceCollection AddHooliCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(PolicyName, policy =>
            policy.WithOrigins("http://sso.5e0b7c1d94a2483f8c66.westeurope.aksapp.io")
                .AllowAnyHeader()
                .AllowAnyMethod()));

    internal static IApplicationBuilder UseHooliCors(this IApplicationBuilder app) =>
        app.UseCors(PolicyName);
}
