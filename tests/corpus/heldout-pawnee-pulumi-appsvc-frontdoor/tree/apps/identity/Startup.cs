using IdentityServer4.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pawnee.Common.Extensions;
using Pawnee.Common.Options;
using Pawnee.Identity.Data;
using Pawnee.Identity.Extensions;
using Pawnee.Identity.Services;
using Pawnee.Identity.Stores;
using Pawnee.Infrastructure.Database;
using Pawnee.Infrastructure.Extensions;
using Pawnee.Infrastructure.Services;

namespace Pawnee.Identity
{
    public class Startup : SharedUI.SharedStartup
    {
        public Startup(IWebHostEnvironment environment, IConfiguration configuration)
        {
            HostingEnvironment = environment;
            Configuration = configuration;
        }

        private bool UsesCosmos => HostingEnvironment.IsProduction() || Configuration.UsesPersistentStores();
        private bool UsesSql => !UsesCosmos && Configuration["sql"] == "true";

        public void ConfigureServices(IServiceCollection services)
        {
            ConfigureSharedServices(services);
            services.Configure<CosmosOptions>(Configuration.GetSection("Cosmos"));

            var kvUri = Configuration["kvUri"];
            if (HostingEnvironment.IsProduction() || Configuration.UsesPersistentStores())
            {
                var storageConnection = Configuration.GetSection("Storage")["StorageConnectionString"];
                services.AddVaultWrappedBlobDataProtection(storageConnection, "key-container", "keys.xml", kvUri, "PawneeIdentity");
            }

            services.Configure<WebClientOptions>(Configuration);
            services.AddApplicationInsightsTelemetry();

            if (UsesCosmos)
            {
                var cosmos = new CosmosOptions();
                Configuration.GetSection("Cosmos").Bind(cosmos);
                services.AddCosmosContext<IdentityContext>(cosmos);
                services.AddApplicationsStore(cosmos, HostingEnvironment.IsDevelopment());
            }
            else if (UsesSql)
            {
                var sql = new SqlServerOptions();
                Configuration.GetSection("SqlServer:Identity").Bind(sql);
                services.AddSqlServerContext<IdentityContext>(sql);
                var appsSql = new SqlServerOptions();
                Configuration.GetSection("SqlServer:Applications").Bind(appsSql);
                services.AddApplicationsStore(appsSql, HostingEnvironment.IsDevelopment());
            }
            else if (HostingEnvironment.IsDevelopment())
            {
                services.AddDbContext<IdentityContext>(o => o.UseInMemoryDatabase("identity"));
                services.AddApplicationsStore(HostingEnvironment.IsDevelopment());
            }
            else
            {
                throw new System.ApplicationException("No database configured for the identity host");
            }

            services.AddDefaultIdentity<ParkUser>(o =>
                {
                    o.Password.RequiredLength = 8;
                    o.Password.RequireDigit = true;
                    o.Password.RequireNonAlphanumeric = false;
                })
                .AddEntityFrameworkStores<IdentityContext>()
                .AddDefaultTokenProviders();

            var idsrv = services.AddIdentityServer(options =>
                {
                    options.Events.RaiseErrorEvents = true;
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseSuccessEvents = true;
                    options.UserInteraction.LoginUrl = "/Login";
                    options.UserInteraction.LogoutUrl = "/Account/Logout";
                })
                .AddResourceStore<StaticResourceStore>()
                .AddClientStore<ApplicationClientStore>()
                .AddPersistedGrantStore<CosmosGrantStore>()
                .AddAspNetIdentity<ParkUser>();

            if (HostingEnvironment.IsProduction() || Configuration.UsesPersistentStores())
            {
                // the certificate is created and auto-renewed by the Pulumi state stack
                idsrv.AddSigningCredentialFromAzureKeyVault(kvUri, "identityCert", 6);
            }
            else
            {
                idsrv.AddDeveloperSigningCredential();
            }

            services.AddScoped<IEventSink, AuditEventSink>();
            services.AddScoped<ICorsPolicyService, LocationCorsPolicyService>();

            services.AddAuthentication();
            services.ConfigureApplicationCookie(o =>
            {
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/Login";
                o.LogoutPath = "/Account/Logout";
            });
            services.AddControllersWithViews().AddRazorRuntimeCompilation();
        }

        public void Configure(IApplicationBuilder app)
        {
            ConfigureSharedPipeline(app);

            if (HostingEnvironment.IsDevelopment())
            {
                app.UseDatabaseErrorPage();
            }

            app.UseStaticFiles();
            app.UseRouting();
            app.UseIdentityServer();
            app.UseAuthorization();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapRazorPages();
                endpoints.MapDefaultControllerRoute();
            });

            if (UsesSql)
            {
                app.MigrateSqlContext<IdentityContext>();
                app.MigrateSqlContext<ApplicationsContext>();
            }

            using var scope = app.ApplicationServices.CreateScope();
            scope.ServiceProvider.GetService<CosmosContainerInitialiser<IdentityContext>>()?.EnsureContainerAsync(enableTtl: true).Wait();
            scope.ServiceProvider.GetService<CosmosContainerInitialiser<ApplicationsContext>>()?.EnsureContainerAsync(enableTtl: false).Wait();
        }
    }
}
