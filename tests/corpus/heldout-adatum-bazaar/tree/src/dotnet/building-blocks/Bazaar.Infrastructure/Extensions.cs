using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Bazaar.Infrastructure
{
    public static class Extensions
    {
        public static IServiceCollection AddBazaarCors(this IServiceCollection services, string policyName = "api")
        {
            services.AddCors(options =>
                options.AddPolicy(policyName, policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));
            return services;
        }

        public static IApplicationBuilder UseBazaarCors(this IApplicationBuilder app, string policyName = "api")
        {
            return app.UseCors(policyName);
        }

        public static void AddBazaarSerilog(this ConfigureHostBuilder host, string appName)
        {
            host.UseSerilog((ctx, log) => log
                .WriteTo.Console()
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", appName)
                .ReadFrom.Configuration(ctx.Configuration));
        }
    }
}
