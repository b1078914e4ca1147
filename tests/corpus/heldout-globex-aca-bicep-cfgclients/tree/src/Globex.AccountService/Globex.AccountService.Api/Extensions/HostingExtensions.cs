using Globex.AccountService.Infrastructure;
using Globex.Core;
using Scalar.AspNetCore;
using Serilog;

namespace Globex.AccountService.Api.Extensions;

internal static class HostingExtensions
{
    public static WebApplication ConfigureServices(this WebApplicationBuilder builder, IConfiguration configuration)
    {
        builder.Services.AddAppControllers();
        builder.Services.AddRazorPages();
        builder.Services.AddGlobexSwagger("Globex Account Service", "Accounts, merchants and sign-in for the Globex marketplace");

        // Session state for the login pages (per-process cache).
        builder.Services.AddDistributedMemoryCache();
        builder.Services.AddSession(options =>
        {
            options.IdleTimeout = TimeSpan.FromMinutes(30);
            options.Cookie.HttpOnly = true;
            options.Cookie.IsEssential = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });

        builder.Services.AddAccountDbContext(configuration);
        builder.Services.AddCoreServices();
        builder.Services.AddAppIdentity();
        builder.Services.AddAppApplicationServices();
        builder.Services.AddAppIdentityServer(configuration);
        builder.Services.AddAppAuthentication(configuration);
        builder.Services.AddAppAuthorization();

        return builder.Build();
    }

    public static WebApplication ConfigurePipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseForwardedHeaders();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
            app.UseSwagger();
            app.MapScalarApiReference();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseSession();

        app.UseIdentityServer();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapControllers();
        app.MapRazorPages().RequireAuthorization();

        // TODO: expose a health endpoint for the deployment check
        // app.MapHealthChecks("/health");

        return app;
    }
}
