using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wingtip.Identity.Data;
using Wingtip.Identity.KeyRing;
using Wingtip.ServiceDefaults;

namespace Wingtip.Identity;

internal static class AccountHosting
{
    public static WebApplicationBuilder AddAccountServices(this WebApplicationBuilder builder)
    {
        var urls = new ServiceUrls();
        builder.Configuration.GetSection("Urls").Bind(urls);

        builder.AddWingtipDefaults();
        builder.AddSharedKeyRing();

        builder.Services.AddRazorPages();
        builder.Services.AddStartupMigration<AccountsDbContext, AccountsSeed>();

        builder.AddNpgsqlDbContext<AccountsDbContext>("accountsdb",
            configureDbContextOptions: o => o.UseNpgsql());

        builder.Services.AddIdentity<WingtipUser, IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();

        var ids = builder.Services.AddIdentityServer(options =>
            {
                options.Authentication.CookieLifetime = TimeSpan.FromHours(3);
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;
                options.EmitStaticAudienceClaim = true;

                if (builder.Environment.IsDevelopment())
                {
                    options.KeyManagement.Enabled = false;
                }
            })
            .AddInMemoryIdentityResources(Clients.IdentityResources)
            .AddInMemoryApiScopes(Clients.Scopes)
            .AddInMemoryApiResources(Clients.Apis)
            .AddInMemoryClients(Clients.All(urls))
            .AddAspNetIdentity<WingtipUser>();

        if (builder.Environment.IsDevelopment())
        {
            ids.AddDeveloperSigningCredential();
        }

        builder.Services.AddAuthentication();

        return builder;
    }

    public static WebApplication UseAccountPipeline(this WebApplication app)
    {
        app.MapWingtipEndpoints();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.Lax });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseIdentityServer();
        app.UseAuthorization();
        app.MapRazorPages().RequireAuthorization();

        return app;
    }
}
