using Fabrikam.Defaults;
using Fabrikam.Identity.Data;
using Fabrikam.Shared.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fabrikam.Identity.Setup;

public static class ServiceComposition
{
    public static WebApplicationBuilder AddIdentityPlatform(this WebApplicationBuilder builder)
    {
        builder.AddPlatformDefaults();

        builder.Services.AddControllers();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddProblemDetails();

        builder.AddPostgresContext<AccountsDbContext>("identity");

        builder.AddTokenService();

        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });

        return builder;
    }

    public static WebApplication UseIdentityPlatform(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();

        app.UsePlatformDefaults();

        app.UseForwardedHeaders();

        app.UseExceptionHandler();
        app.ApplyMigrations<AccountsDbContext>();
        app.UseIdentityServer();

        app.MapGet("/", () => "Fabrikam identity service");

        if (app.Environment.IsDevelopment())
        {
            app.MapGet("/debug/env", () => app.Environment.EnvironmentName);
        }

        return app;
    }
}
