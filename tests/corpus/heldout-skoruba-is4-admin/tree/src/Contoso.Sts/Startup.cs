using System;
using Contoso.EntityFramework.Shared.DbContexts;
using Contoso.EntityFramework.Shared.Entities;
using Contoso.Shared.Configuration.Helpers;
using Contoso.Sts.Helpers;
using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contoso.Sts
{
    public class Startup
    {
        public Startup(IWebHostEnvironment environment, IConfiguration configuration)
        {
            HostEnvironment = environment;
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }
        public IWebHostEnvironment HostEnvironment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            AddStores(services);

            // the admin app reads the same key ring from the database
            services.AddSharedKeyRing<KeyRingDbContext>(Configuration);

            AddSignIn(services);

            ConfigureStrictTransport(services);

            services.AddControllersWithViews();

            services.AddStsHealthChecks<ClientStoreDbContext, GrantStoreDbContext, MemberDbContext, KeyRingDbContext>(Configuration);
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseCookiePolicy();

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseHsts();
            }

            app.UsePathBase(Configuration.GetValue<string>("PathPrefix"));
            app.UseStaticFiles();
            UseTokenService(app);

            app.UseProxyAndBrowserHeaders(Configuration);

            app.UseRouting();
            app.UseAuthorization();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
                endpoints.MapHealthChecks("/health", new HealthCheckOptions
                {
                    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
                });
            });
        }

        public virtual void AddStores(IServiceCollection services)
        {
            services.AddStsDbContexts<MemberDbContext, ClientStoreDbContext, GrantStoreDbContext, KeyRingDbContext>(Configuration);
        }

        public virtual void AddSignIn(IServiceCollection services)
        {
            services.AddMemberAccounts<MemberDbContext, Member, MemberRole>(Configuration);
            services.AddIdentityServer<ClientStoreDbContext, GrantStoreDbContext, Member>(Configuration);
        }

        public virtual void UseTokenService(IApplicationBuilder app)
        {
            app.UseIdentityServer();
        }

        public virtual void ConfigureStrictTransport(IServiceCollection services)
        {
            services.AddHsts(hsts =>
            {
                hsts.MaxAge = TimeSpan.FromDays(365);
                hsts.IncludeSubDomains = true;
                hsts.Preload = true;
            });
        }
    }
}
