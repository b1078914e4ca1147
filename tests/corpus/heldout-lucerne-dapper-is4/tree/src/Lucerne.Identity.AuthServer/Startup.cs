using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using FluentValidation.AspNetCore;
using HealthChecks.UI.Client;
using Lucerne.Identity.AuthServer.Helpers;
using Lucerne.Identity.Core.Configuration;
using Lucerne.Identity.Core.Entities.Enums;
using Lucerne.Identity.Services.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lucerne.Identity.AuthServer
{
    public class Startup
    {
        public Startup(IConfiguration configuration, IHostEnvironment hostEnvironment)
        {
            Configuration = configuration;
            HostEnvironment = hostEnvironment;
        }

        public IConfiguration Configuration { get; }

        public IHostEnvironment HostEnvironment { get; }

        public IServiceProvider ConfigureServices(IServiceCollection services)
        {
            var mvc = services.AddControllersWithViews().AddRazorRuntimeCompilation();

            var dbSettings = Configuration.GetSection(nameof(DbConnectionConfiguration)).Get<DbConnectionConfiguration>();
            services.AddSingleton(dbSettings);
            var adminSettings = Configuration.GetSection(nameof(AdminConfiguration)).Get<AdminConfiguration>();
            services.AddSingleton(adminSettings);

            mvc.AddFluentValidation(fv =>
            {
                fv.RegisterValidatorsFromAssemblies(mvc.PartManager.ApplicationParts
                    .OfType<AssemblyPart>()
                    .Where(p => p.Name.StartsWith("Lucerne.Identity.AuthServer", StringComparison.OrdinalIgnoreCase))
                    .Select(p => p.Assembly));
                fv.ImplicitlyValidateChildProperties = true;
            });

            var identityServer = services.AddIdentityServer()
                .AddClientStore<ClientStore>()
                .AddResourceStore<ResourceStore>()
                .AddCorsPolicyService<CorsPolicyService>()
                .AddProfileService<ProfileService>()
                .AddPersistedGrantStore<PersistedGrantStore>()
                .AddResourceOwnerValidator<ResourceOwnerPasswordValidator>();

            var certSettings = Configuration.GetSection(nameof(CertificateConfiguration)).Get<CertificateConfiguration>();

            if (certSettings.UseTemporarySigningKeyForDevelopment)
            {
                identityServer.AddDeveloperSigningCredential(true, certSettings.TemporaryCertificateFileName);
            }
            else if (certSettings.UseSigningCertificatePfxFile)
            {
                var pfxPath = System.IO.Path.Combine(HostEnvironment.ContentRootPath, certSettings.SigningCertificatePfxFilePath);
                identityServer.AddSigningCredential(new X509Certificate2(pfxPath, certSettings.SigningCertificatePfxFilePassword));
            }
            else
            {
                identityServer.AddDeveloperSigningCredential();
            }

            var keyRingPath = CommonHelper.MapPath(HostEnvironment, adminSettings.DataProtectionPath);
            services.AddDataProtection()
                .PersistKeysToFileSystem(new System.IO.DirectoryInfo(keyRingPath))
                .SetDefaultKeyLifetime(TimeSpan.FromDays(60));

            var health = services.AddHealthChecks();

            var provider = Enum.IsDefined(typeof(DataProviderType), dbSettings.CurrentDataProviderType)
                ? dbSettings.CurrentDataProviderType
                : DataProviderType.SqlServer;

            switch (provider)
            {
                case DataProviderType.Mysql:
                    health.AddMySql(dbSettings.MasterSqlServerConnString);
                    break;
                case DataProviderType.Oracle:
                    health.AddOracle(dbSettings.MasterSqlServerConnString);
                    break;
                default:
                    health.AddSqlServer(dbSettings.MasterSqlServerConnString);
                    break;
            }

            AddStrictTransportSecurity(services);

            var container = new ContainerBuilder();
            container.Populate(services);

            container.RegisterAssemblyTypes(Assembly.Load("Lucerne.Identity.Dapper"))
                .Where(t => t.Namespace != null && t.Namespace.StartsWith("Lucerne.Identity.Dapper.Repositories") && t.Name.EndsWith("Repository"))
                .AsImplementedInterfaces()
                .InstancePerLifetimeScope();

            container.RegisterAssemblyTypes(Assembly.Load("Lucerne.Identity.Services"))
                .Where(t => t.Namespace != null && t.Namespace.StartsWith("Lucerne.Identity.Services") && t.Name.EndsWith("Service"))
                .AsImplementedInterfaces()
                .InstancePerLifetimeScope();

            return new AutofacServiceProvider(container.Build());
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

            UseProxyAndSecurityHeaders(app);

            app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.Lax });

            app.UseStaticFiles();

            app.UseIdentityServer();

            app.UseRouting();

            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapHealthChecks("/health", new HealthCheckOptions
                {
                    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
                });
                endpoints.MapDefaultControllerRoute();
            });
        }

        private static void AddStrictTransportSecurity(IServiceCollection services)
        {
            services.AddHsts(options =>
            {
                options.Preload = true;
                options.IncludeSubDomains = true;
                options.MaxAge = TimeSpan.FromDays(365);
            });
        }

        // forwarded headers, referrer policy and CSP
        private void UseProxyAndSecurityHeaders(IApplicationBuilder app)
        {
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.All
            };

            forwarded.KnownNetworks.Clear();
            forwarded.KnownProxies.Clear();

            app.UseForwardedHeaders(forwarded);

            app.UseReferrerPolicy(options => options.NoReferrer());

            var trustedDomains = new List<string>();
            Configuration.GetSection("CspTrustedDomains").Bind(trustedDomains);
            if (trustedDomains.Any())
            {
                app.UseCsp(csp =>
                {
                    csp.DefaultSources(s => { s.SelfSrc = true; s.CustomSources = trustedDomains; s.Enabled = true; });
                    csp.ImageSources(s => { s.SelfSrc = true; s.CustomSources = trustedDomains; s.Enabled = true; });
                    csp.FontSources(s => { s.SelfSrc = true; s.CustomSources = trustedDomains; s.Enabled = true; });
                    csp.ScriptSources(s => { s.SelfSrc = true; s.CustomSources = trustedDomains; s.Enabled = true; s.UnsafeInlineSrc = true; });
                    csp.StyleSources(s => { s.SelfSrc = true; s.CustomSources = trustedDomains; s.Enabled = true; s.UnsafeInlineSrc = true; });
                });
            }
        }
    }
}
