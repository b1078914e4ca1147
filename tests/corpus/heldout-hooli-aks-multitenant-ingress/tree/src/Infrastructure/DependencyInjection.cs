using Hooli.Infrastructure.Cors;
using Hooli.Infrastructure.Identity;
using Hooli.Infrastructure.IdentityServer;
using Hooli.Infrastructure.Multitenancy;
using Hooli.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Hooli.Infrastructure;

public static class DependencyInjection
{
    // Used by src/Host/IdentityServer
    public static IServiceCollection AddSsoInfrastructure(this IServiceCollection services, IConfiguration config)
    {
        return services
            .AddHooliCors()
            .AddTenantStore(config)
            .AddIdentityDatabase()
            .AddHooliIdentity()
            .AddHooliIdentityServer()
            .AddExternalLogins()
            .AddSsoMultitenancy()
            .AddPagesAndControllers();
    }

    public static IApplicationBuilder UseSsoInfrastructure(this IApplicationBuilder app, IWebHostEnvironment env)
    {
        app.UseSerilogRequestLogging();

        if (env.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        // no UseHttpsRedirection(): it looped behind the ingress
        return app
            .UseStaticFiles()
            .UseMultiTenant()
            .UseRouting()
            .UseHooliCors()
            .UseIdentityServer()
            .UseAuthorization();
    }

    public static IEndpointRouteBuilder MapSsoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapControllers();
        return endpoints;
    }

    // Used by src/Host/WebAPI
    public static IServiceCollection AddApiInfrastructure(this IServiceCollection services, IConfiguration config)
    {
        services.AddTenantStore(config).AddApiMultitenancy();
        services.AddAuthentication("Bearer").AddJwtBearer("Bearer", null);
        services.AddAuthorization();
        services.AddControllers();
        return services;
    }

    public static IApplicationBuilder UseApiInfrastructure(this IApplicationBuilder app)
    {
        return app
            .UseHttpsRedirection()
            .UseMultiTenant()
            .UseAuthentication()
            .UseAuthorization();
    }

    private static IServiceCollection AddPagesAndControllers(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddControllers();
        services.AddDatabaseDeveloperPageExceptionFilter();
        return services;
    }
}
