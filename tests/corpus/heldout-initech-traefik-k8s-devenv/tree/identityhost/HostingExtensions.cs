using Duende.IdentityServer;
using identityhost.Data;
using identityhost.Models;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace identityhost;

/// <summary>
/// Service registration and request pipeline of the TPS identity host.
/// </summary>
internal static class HostingExtensions
{
    public static WebApplication ConfigureServices(this WebApplicationBuilder builder)
    {
        // the host runs behind a reverse proxy: accept the X-Forwarded-* headers it adds
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor |
                                       ForwardedHeaders.XForwardedProto |
                                       ForwardedHeaders.XForwardedHost;
            options.KnownNetworks.Clear();
            options.KnownProxies.Clear();
        });

        var userStore = builder.Configuration.GetConnectionString("DefaultConnection");

        if (builder.Environment.IsEnvironment("Testing") || string.IsNullOrEmpty(userStore))
        {
            builder.Services.AddDbContext<AuthDbContext>(options =>
                options.UseInMemoryDatabase($"TpsUsers_{Guid.NewGuid()}"));
        }
        else
        {
            builder.Services.AddDbContext<AuthDbContext>(options =>
                options.UseSqlServer(userStore, sql =>
                {
                    sql.EnableRetryOnFailure(
                        maxRetryCount: 5,
                        maxRetryDelay: TimeSpan.FromSeconds(30),
                        errorNumbersToAdd: null);
                }));
        }

        builder.Services.AddIdentity<TpsUser, IdentityRole>(options =>
            {
                options.Password.RequireDigit = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<AuthDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Initech.Tps.Auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
        });

        var idsrv = builder.Services
            .AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                // public name of the sign-in host as browsers reach it
                if (builder.Environment.IsDevelopment())
                {
                    options.IssuerUri = "https://tps.initech.local";
                }

                // static developer key instead of automatic key management
                options.KeyManagement.Enabled = false;

                options.Authentication.CookieSameSiteMode = SameSiteMode.Lax;
                options.Authentication.CheckSessionCookieSameSiteMode = SameSiteMode.Lax;
            })
            .AddInMemoryIdentityResources(Config.IdentityResources)
            .AddInMemoryApiScopes(Config.ApiScopes)
            .AddInMemoryApiResources(Config.ApiResources)
            .AddInMemoryClients(Config.Clients)
            .AddAspNetIdentity<TpsUser>();

        if (builder.Environment.IsDevelopment())
        {
            idsrv.AddDeveloperSigningCredential();
        }
        else
        {
            // a real certificate was planned here (AddSigningCredential); until then reuse the dev key
            idsrv.AddDeveloperSigningCredential();
        }

        builder.Services.AddCors(options =>
        {
            options.AddPolicy("PortalOrigins", policy =>
            {
                policy.WithOrigins(
                        "https://tps.initech.local",
                        "http://localhost",
                        "http://localhost:5001",
                        "https://localhost:5001")
                    .AllowAnyHeader()
                    .AllowAnyMethod()
                    .AllowCredentials();
            });
        });

        builder.Services.AddRazorPages();

        return builder.Build();
    }

    public static WebApplication ConfigurePipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();

        app.UseSerilogRequestLogging();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors("PortalOrigins");
        app.UseIdentityServer();
        app.UseAuthorization();

        app.MapRazorPages()
            .RequireAuthorization();

        return app;
    }
}
