using System;
using System.IdentityModel.Tokens.Jwt;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Stark.Web
{
    // Angular front end plus a thin BFF; signs users in against Stark.IdentityServer.
    public class Startup
    {
        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Configuration = configuration;
            Environment = environment;
        }

        private IConfiguration Configuration { get; }
        private IWebHostEnvironment Environment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            if (!Environment.IsDevelopment())
            {
                services.AddDataProtection()
                    .PersistKeysToAWSSystemsManager("/StarkWeb/DataProtection");
            }

            JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Clear();

            services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(options =>
            {
                options.Authority = Configuration["AuthenticationSettings:Authority"];
                options.RequireHttpsMetadata = Convert.ToBoolean(Configuration["AuthenticationSettings:RequireHttpsMetadata"]);
                options.ClientId = "stark_web";
                options.ClientSecret = "4f1c9e2a-7b3d-4e8f-a6c1-0d2b5e9f8a37";
                options.ResponseType = "code";
                options.SaveTokens = true;
                options.Scope.Add("stark_api.read");
                options.Scope.Add("stark_api.write");
            });

            services.AddHealthChecks();
            services.AddControllersWithViews();
            services.AddSpaStaticFiles(spa => spa.RootPath = "ClientApp/dist");
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment()) app.UseDeveloperExceptionPage();
            else
            {
                app.UseExceptionHandler("/Error");
                app.UseHsts();
            }
            app.UseCookiePolicy();
            if (!env.IsDevelopment()) app.UseHttpsRedirection();
            app.UseStaticFiles();
            if (!env.IsDevelopment()) app.UseSpaStaticFiles();
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
                endpoints.MapHealthChecks("/health");
            });
            app.UseSpa(spa => spa.Options.SourcePath = "ClientApp");
        }
    }
}
