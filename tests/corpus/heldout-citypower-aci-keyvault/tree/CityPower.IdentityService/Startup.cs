using CityPower.Infrastructure;
using CityPower.Infrastructure.DataProtection;
using CityPower.IdentityService.Configuration;
using CityPower.IdentityService.Configuration.Clients;
using CityPower.IdentityService.Configuration.Resources;
using CityPower.IdentityService.Data;
using CityPower.IdentityService.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace CityPower.IdentityService
{
    public class Startup
    {
        private readonly IConfiguration _configuration;
        private readonly IWebHostEnvironment _environment;

        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            _configuration = configuration;
            _environment = environment;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddDbContext<ApplicationDbContext>(options =>
                options.UseSqlServer(_configuration["ConnectionString"]));

            services.AddIdentity<ApplicationUser, IdentityRole>()
                .AddEntityFrameworkStores<ApplicationDbContext>()
                .AddDefaultTokenProviders();

            if (_environment.EnvironmentName != "Offline")
                services.AddSqlServerDataProtectionForIdentityService(_configuration);

            services.AddControllersWithViews();

            var builder = services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseSuccessEvents = true;
            })
            .AddInMemoryIdentityResources(IdentityResourceData.Resources())
            .AddInMemoryApiResources(ApiResourceData.Resources())
            .AddInMemoryApiScopes(ApiScopeData.Resources())
            .AddInMemoryClients(ClientData.GetClients())
            .AddOperationalStore(options =>
            {
                options.EnableTokenCleanup = true;
                options.TokenCleanupBatchSize = 100;
                options.TokenCleanupInterval = 3600;

                options.ConfigureDbContext = db =>
                {
                    options.ConfigureDbContext = inner =>
                        inner.UseSqlServer(_configuration["ConnectionString"]);
                };
            })
            .AddAspNetIdentity<ApplicationUser>();

            if (_environment.EnvironmentName != "Offline")
                builder.AddKeyVaultSigningCredentials(_configuration);
            else
                builder.AddDeveloperSigningCredential();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (!env.IsProduction())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseHsts();
                app.UseExceptionHandler("/Home/Error");
            }

            app.UseSerilogRequestLogging();

            app.UseHttpsRedirection();

            app.UseRequestLocalization(new RequestLocalizationOptions().SetDefaultCulture("sv-SE"));

            app.UseStaticFiles();

            app.UseRouting();

            app.UseIdentityServer();
            app.UseSecurityHeaders();

            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
            });
        }
    }
}
