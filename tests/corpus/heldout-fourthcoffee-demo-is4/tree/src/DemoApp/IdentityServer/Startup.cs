using FourthCoffee.Application.EntityFrameworkCore.IdentityServer;
using HealthChecks.UI.Client;
using IdentityServer.Helpers.IdentityServerAdmin;
using IdentityServer4.Configuration;
using Joonasw.AspNetCore.SecurityHeaders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using StackExchange.Redis;
using System;
using System.IO;

namespace IdentityServer
{
    public class Startup
    {
        public IConfiguration Configuration { get; }
        public IWebHostEnvironment Environment { get; }

        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Configuration = configuration;
            Environment = environment;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            #region database connection
            var useInMemoryDatabase = Configuration.GetValue("UseInMemoryDatabase", false);
            InMemoryDatabaseRoot inMemoryDatabaseRoot = useInMemoryDatabase ? new InMemoryDatabaseRoot() : null;
            var connectionString = useInMemoryDatabase ? string.Empty : Configuration.GetConnectionString("IdentityServerDbContextConnection")
                .Replace("{EnvironmentName}", Environment.EnvironmentName);
            if (!useInMemoryDatabase && connectionString.IndexOf("(localdb)\\MSSQLLocalDB") >= 0)
            {
                connectionString += $@";AttachDbFileName={Environment.ContentRootPath}\App_Data\Database\BrewDb-{Environment.EnvironmentName}.mdf";
            }
            var migrationsAssemblyName = useInMemoryDatabase ? string.Empty : "FourthCoffee.Application.DbMigration";
            #endregion

            services.AddResponseCompression();
            services.AddHttpContextAccessor();
            services.AddMemoryCache();
            services.AddDataProtection()
                .SetApplicationName("FourthCoffeeIdentity")
                .PersistKeysToFileSystem(new DirectoryInfo($@"{Environment.ContentRootPath}\App_Data\DataProtectionKey"));

            #region ASP.NET Core Identity
            if (useInMemoryDatabase)
            {
                services.AddDbContext<IdentityDbContext>(options =>
                    options.UseInMemoryDatabase("BrewDb-InMemory", inMemoryDatabaseRoot));
            }
            else
            {
                services.AddDbContext<IdentityDbContext>(options =>
                {
                    options.UseSqlServer(connectionString, b =>
                    {
                        b.MigrationsAssembly(migrationsAssemblyName);
                        b.EnableRetryOnFailure(3);
                    });
                });
            }

            services.AddIdentity<IdentityUser, IdentityRole>(options =>
                {
                    options.Password.RequiredLength = 3;
                    options.Lockout.MaxFailedAccessAttempts = 5;
                })
                .AddEntityFrameworkStores<IdentityDbContext>()
                .AddDefaultTokenProviders();
            #endregion

            #region IdentityServer4
            var id4 = services.AddIdentityServer(options =>
            {
                options.Events = new EventsOptions
                {
                    RaiseErrorEvents = true,
                    RaiseFailureEvents = true,
                    RaiseInformationEvents = true,
                    RaiseSuccessEvents = true
                };
                options.Authentication = new AuthenticationOptions
                {
                    CheckSessionCookieName = "fc.idsrv.session",
                    CookieLifetime = new TimeSpan(1, 0, 0),
                    CookieSlidingExpiration = true
                };
                options.UserInteraction = new UserInteractionOptions
                {
                    LoginUrl = "/IdentityServer/Account/Login",
                    LogoutUrl = "/IdentityServer/Account/Logout",
                    ConsentUrl = "/IdentityServer/Consent",
                    ErrorUrl = "/IdentityServer/Home/Error"
                };
                options.Caching = new CachingOptions
                {
                    ClientStoreExpiration = new TimeSpan(1, 0, 0),
                    ResourceStoreExpiration = new TimeSpan(1, 0, 0),
                    CorsExpiration = new TimeSpan(1, 0, 0)
                };
            })
                .AddAspNetIdentity<IdentityUser>()
                .AddDeveloperSigningCredential();

            if (useInMemoryDatabase)
            {
                id4.AddConfigurationStore<IdentityServerConfigurationDbContext>(options =>
                {
                    options.ConfigureDbContext = b =>
                        b.UseInMemoryDatabase("BrewDb-InMemory", inMemoryDatabaseRoot);
                })
                    .AddOperationalStore<IdentityServerPersistedGrantDbContext>(options =>
                    {
                        options.ConfigureDbContext = b =>
                            b.UseInMemoryDatabase("BrewDb-InMemory", inMemoryDatabaseRoot);
                        options.EnableTokenCleanup = true;
                    });
            }
            else
            {
                id4.AddConfigurationStore<IdentityServerConfigurationDbContext>(options =>
                {
                    options.ConfigureDbContext = b =>
                        b.UseSqlServer(connectionString,
                            sql => sql.MigrationsAssembly(migrationsAssemblyName));
                })
                    .AddOperationalStore<IdentityServerPersistedGrantDbContext>(options =>
                    {
                        options.ConfigureDbContext = b =>
                            b.UseSqlServer(connectionString,
                                sql => sql.MigrationsAssembly(migrationsAssemblyName));
                        options.EnableTokenCleanup = true;
                    });
            }
            #endregion

            #region authentication handlers
            services.AddAuthentication()
                .AddOpenIdConnect("oidc", "OpenID Connect", options =>
                {
                    options.Authority = "https://demo.identityserver.io/";
                    options.ClientId = "interactive.public";
                    options.SaveTokens = true;
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        NameClaimType = "name",
                        RoleClaimType = "role"
                    };
                })
                .AddIdentityServerAuthentication(options =>
                {
                    options.Authority = "http://sso.fourthcoffee.test:10080";
                    options.RequireHttpsMetadata = false;
                    options.ApiName = "brew_api";
                });
            #endregion

            #region security
            services.AddCors(options => options.AddPolicy("CorsPolicy",
                builder =>
                {
                    builder.WithOrigins("https://localhost:5001", "https://localhost:5003", "https://localhost:5005")
                        .AllowAnyMethod()
                        .AllowAnyHeader()
                        .WithExposedHeaders("Grpc-Status", "Grpc-Message");
                }));
            services.AddAntiforgery(options => options.HeaderName = "X-CSRF-TOKEN");
            services.AddHsts(options =>
            {
                options.Preload = true;
                options.IncludeSubDomains = true;
                options.MaxAge = TimeSpan.FromDays(60);
            });
            #endregion

            #region SignalR (Redis backplane only when switched on)
            var signalRServer = services.AddSignalR();
            if (Configuration.GetValue("UseRedisForSignalR", false))
            {
                var redisConfig = Configuration.GetSection("RedisForSignalR");
                signalRServer.AddStackExchangeRedis(options =>
                {
                    options.ConnectionFactory = async writer =>
                    {
                        var config = new ConfigurationOptions { AbortOnConnectFail = false };
                        config.EndPoints.Add(redisConfig.GetValue<string>("Host"), redisConfig.GetValue<int>("Port"));
                        config.Password = redisConfig.GetValue<string>("Password");
                        return await ConnectionMultiplexer.ConnectAsync(config, writer);
                    };
                });
            }
            #endregion

            services.AddIdSHealthChecks<IdentityServerConfigurationDbContext, IdentityServerPersistedGrantDbContext>(Configuration, connectionString);

            services.AddControllersWithViews();
            services.AddRazorPages();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseResponseCompression();

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Home/Error");
            }

            if (Configuration.GetValue("UseHttpsRedirection", false) &&
                (Configuration.GetSection("RafHost").GetSection("Endpoints").GetSection("Https")
                     .GetValue("IsEnabled", false) || Environment.IsDevelopment()))
            {
                HstsBuilderExtensions.UseHsts(app);
                app.UseHttpsRedirection();
            }

            app.UseCsp(csp =>
            {
                csp.ByDefaultAllow.FromSelf();
                csp.AllowScripts.FromSelf().AllowUnsafeInline().From("cdn.jsdelivr.net");
                csp.AllowFraming.FromAnywhere();
            });

            app.UseStaticFiles();
            app.UseRouting();
            app.UseCookiePolicy();
            app.UseCors("CorsPolicy");
            app.UseIdentityServer();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapHealthChecks("/health", new HealthCheckOptions
                {
                    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
                });
                endpoints.MapControllerRoute(
                    name: "areas",
                    pattern: "{area:exists}/{controller=Home}/{action=Index}/{id?}");
                endpoints.MapControllerRoute(
                    name: "default",
                    pattern: "{controller=Home}/{action=Index}/{id?}");
                endpoints.MapRazorPages();
            });
        }
    }
}
