using CryptographyHelper.Certificates;
using Fabrikam.Bazaar.Core.Entities;
using Fabrikam.Bazaar.Data;
using Fabrikam.Bazaar.Platform.Diagnostics;
using Fabrikam.Bazaar.Platform.Web;
using Fabrikam.Bazaar.Sts.Settings;
using IdentityServer4;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fabrikam.Bazaar.Sts;

public class Startup
{
    public Startup(IConfiguration configuration)
    {
        Configuration = configuration;
        Settings = new StsSettings();
        Configuration.Bind(Settings);
    }

    public IConfiguration Configuration { get; }

    private StsSettings Settings { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.Configure<ForwardedHeadersOptions>(opts =>
        {
            opts.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            opts.KnownNetworks.Clear();
            opts.KnownProxies.Clear();
        });

        services.Configure<StsSettings>(Configuration);

        if (Settings.CookiePolicy?.Enabled ?? false)
        {
            services.Configure<CookiePolicyOptions>(opts =>
            {
                opts.CheckConsentNeeded = _ => true;
                opts.MinimumSameSitePolicy = Settings.CookiePolicy.SameSite;
                opts.Secure = Settings.CookiePolicy.Secure;
            });
        }

        services.AddDiagnosticsTools(Settings.Diagnostics);

        services.AddControllersWithViews();
        services.AddRazorPages();

        services.AddCors();

        services.AddBazaarData(Settings.ConnectionStrings.Bazaar)
                .AddBazaarMembership();

        services.AddIdentityServer(opts =>
                {
                    if (!string.IsNullOrWhiteSpace(Settings.TokenService.IssuerUri))
                    {
                        opts.IssuerUri = Settings.TokenService.IssuerUri;
                    }

                    opts.InputLengthRestrictions.UserName = 512;
                })
                .AddSigningCredential(Settings.TokenService.Certificate.FindCertificate())
                .AddAspNetIdentity<Member>()
                .AddTokenStores(Settings.ConnectionStrings.TokenService);

        services.AddDataProtection()
            .PersistKeysToDbContext<BazaarDbContext>()
            .SetApplicationName("FabrikamBazaar");

        services.AddBazaarCaching(Settings.Caching);

        services.AddAuthentication();
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {
        app.UseForwardedHeaders();

        if (env.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseStaticFiles();

        if (Settings.CookiePolicy?.Enabled ?? false)
        {
            app.UseCookiePolicy();
        }

        app.UseRouting();

        app.UseCors(policy => policy
            .AllowAnyOrigin()
            .AllowAnyHeader()
            .AllowAnyMethod());

        app.UseResponseHeaders(Settings.ResponseHeaders);

        app.UseIdentityServer();
        app.UseAuthorization();

        app.UseDiagnosticsTools(Settings.Diagnostics);

        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapRazorPages();
        });
    }
}
