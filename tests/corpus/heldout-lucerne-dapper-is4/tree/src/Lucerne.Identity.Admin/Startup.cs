using System;
using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using Lucerne.Identity.Admin.SeedData;
using Lucerne.Identity.Core.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lucerne.Identity.Admin
{
    // Management console: an OIDC client of the sign-in server, never an IdentityServer host itself.
    public class Startup
    {
        public Startup(IHostEnvironment hostEnvironment, IConfiguration configuration)
        {
            JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Clear();
            HostEnvironment = hostEnvironment;
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public IHostEnvironment HostEnvironment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews().AddRazorRuntimeCompilation();

            services.AddSingleton(Configuration.GetSection(nameof(DbConnectionConfiguration)).Get<DbConnectionConfiguration>());
            var admin = Configuration.GetSection(nameof(AdminConfiguration)).Get<AdminConfiguration>();
            services.AddSingleton(admin);
            services.AddSingleton(Configuration.GetSection(nameof(IdentityServerDataConfiguration)).Get<IdentityServerDataConfiguration>());

            services.AddDataProtection()
                .PersistKeysToFileSystem(new System.IO.DirectoryInfo(System.IO.Path.Combine(HostEnvironment.ContentRootPath, "App_Data", "DataProtectionKeys")))
                .SetDefaultKeyLifetime(TimeSpan.FromDays(60));

            services.AddHealthChecks();
            services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

            services.AddAuthentication(options =>
                {
                    options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                    options.DefaultChallengeScheme = "oidc";
                })
                .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options => options.Cookie.Name = admin.IdentityAdminCookieName)
                .AddOpenIdConnect("oidc", options =>
                {
                    options.Authority = admin.IdentityServerBaseUrl;
                    options.RequireHttpsMetadata = admin.RequireHttpsMetadata;
                    options.ClientId = admin.ClientId;
                    options.ClientSecret = admin.ClientSecret;
                    options.ResponseType = admin.OidcResponseType;
                    options.Scope.Clear();
                    foreach (var scope in admin.Scopes ?? Array.Empty<string>())
                    {
                        options.Scope.Add(scope);
                    }
                    options.SaveTokens = true;
                    options.GetClaimsFromUserInfoEndpoint = true;
                });

            services.AddAuthorization(options =>
                options.AddPolicy("AdministrationPolicy", policy => policy.RequireRole(admin.AdministrationRole)));
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Home/Error");
                app.UseHsts();
            }

            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.All };
            forwarded.KnownNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);

            app.UseStaticFiles();
            app.UseHttpsRedirection();
            app.UseAuthentication();
            app.UseRouting();
            app.UseAuthorization();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapHealthChecks("/health");
                endpoints.MapDefaultControllerRoute();
            });
        }
    }
}
