using System.Linq;
using System.Net.NetworkInformation;
using System.Reflection;
using Contoso.Identity.Certificates;
using Contoso.Identity.Data;
using Contoso.Identity.Models;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Contoso.Identity
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
            var usersConnection = _configuration.GetConnectionString(nameof(ApplicationDbContext));
            var configurationConnection = _configuration.GetConnectionString(nameof(ConfigurationDbContext));
            var grantsConnection = _configuration.GetConnectionString(nameof(PersistedGrantDbContext));
            var migrationsAssembly = typeof(Startup).GetTypeInfo().Assembly.GetName().Name;

            services.AddDbContext<ApplicationDbContext>(options => options.UseSqlServer(usersConnection));

            services.AddIdentity<ApplicationUser, IdentityRole>()
                .AddEntityFrameworkStores<ApplicationDbContext>()
                .AddDefaultTokenProviders();

            var identityServer = services.AddIdentityServer(options =>
                {
                    options.Events.RaiseErrorEvents = true;
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseSuccessEvents = true;
                })
                .AddConfigurationStore(options =>
                {
                    options.ConfigureDbContext = db => db.UseSqlServer(configurationConnection,
                        sql => sql.MigrationsAssembly(migrationsAssembly));
                })
                .AddOperationalStore(options =>
                {
                    options.ConfigureDbContext = db => db.UseSqlServer(grantsConnection,
                        sql => sql.MigrationsAssembly(migrationsAssembly));
                    options.EnableTokenCleanup = true;
                })
                .AddAspNetIdentity<ApplicationUser>();

            if (_configuration.GetValue<bool>("USE_CERTIFICATE_SIGNING_MATERIAL"))
            {
                identityServer.AddSigningCredential(SigningCertificate.Load());
            }
            else
            {
                identityServer.AddDeveloperSigningCredential();
            }

            services.AddAuthentication();
            services.AddControllersWithViews();

            if (_configuration.GetValue<bool>("IS_CLUSTER_ENV"))
            {
                var redis = ConnectionMultiplexer.Connect(new ConfigurationOptions
                {
                    EndPoints = { _configuration.GetValue<string>("REDIS_URL") },
                    Password = _configuration.GetValue<string>("REDIS_PASSWORD"),
                    Ssl = _configuration.GetValue<bool>("REDIS_SSL"),
                    DefaultDatabase = _configuration.GetValue<int>("REDIS_DEFAULT_DATABASE")
                });

                services.AddDataProtection(options => options.ApplicationDiscriminator = "contoso-identity")
                    .PersistKeysToStackExchangeRedis(redis, "DataProtection-Keys");
            }

            services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

                // trust whatever subnet the pod's own network interface sits on
                foreach (var network in NetworkUtilities.GetLocalNetworks(NetworkInterfaceType.Ethernet))
                {
                    options.KnownNetworks.Add(network);
                }
            });
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseForwardedHeaders();

            if (_environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseIdentityServer();
            app.UseStaticFiles();
            app.UseRouting();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());

            SeedIdentityServerDatabase(app);
            SeedUserDatabase(app);
        }

        // Outside Development the schema is deployed by the pipeline's SQL scripts.
        private void SeedIdentityServerDatabase(IApplicationBuilder app)
        {
            if (!_environment.IsDevelopment())
                return;

            using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
            scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

            var configuration = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
            configuration.Database.Migrate();

            if (!configuration.Clients.Any())
            {
                var clients = Config.GetClients(
                    _configuration.GetValue<string>("CONTOSO_POLLS_UI_CLIENT_URL"),
                    _configuration.GetValue<string>("CONTOSO_POLLS_SWAGGER_CLIENT_URL"));
                configuration.Clients.AddRange(clients.Select(c => c.ToEntity()));
            }

            if (!configuration.IdentityResources.Any())
                configuration.IdentityResources.AddRange(Config.GetIdentityResources().Select(r => r.ToEntity()));

            if (!configuration.ApiResources.Any())
                configuration.ApiResources.AddRange(Config.GetApis().Select(r => r.ToEntity()));

            configuration.SaveChanges();
        }

        private void SeedUserDatabase(IApplicationBuilder app)
        {
            if (!_environment.IsDevelopment())
                return;

            using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            if (users.Database.IsSqlServer())
                users.Database.Migrate();

            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var name in new[] { "alice", "bob" })
            {
                if (userManager.FindByNameAsync(name).Result == null)
                {
                    userManager.CreateAsync(new ApplicationUser { UserName = name }, "Pass123$").Wait();
                }
            }
        }
    }
}
