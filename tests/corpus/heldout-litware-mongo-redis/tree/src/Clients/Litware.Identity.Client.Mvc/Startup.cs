using Litware.Identity.User.Client;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Litware.Identity.Client.Mvc
{
    // Sample relying party that signs in against the MVC host; it does not host IdentityServer.
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();

            services.AddAuthentication(options =>
                {
                    options.DefaultScheme = "Cookies";
                    options.DefaultChallengeScheme = "oidc";
                })
                .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddOpenIdConnect("oidc", options =>
                {
                    options.Authority = "https://localhost:5001";
                    options.ClientId = "backoffice-mvc";
                    options.ClientSecret = "backoffice-secret";
                    options.ResponseType = "code";
                    options.SaveTokens = true;
                })
                .AddUserManagement(options =>
                {
                    options.AuthenticationScheme = "oidc";
                    options.Scope = "accounts.manage";
                });

            services.AddCors(options =>
            {
                options.AddPolicy("All", policy => policy
                    .WithOrigins("http://localhost:5001")
                    .AllowCredentials()
                    .AllowAnyHeader()
                    .AllowAnyMethod());
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseExceptionHandler("/Home/Error");
            if (!env.IsDevelopment())
            {
                app.UseHsts();
            }

            app.UseHttpsRedirection();
            app.UseStaticFiles();
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());
            app.UseCors("All");
        }
    }
}
