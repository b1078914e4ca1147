using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using ConfigurationManager;
using Google.Cloud.Diagnostics.Common;
using GoogleTracer;
using IdentityModel;
using IdentityRepo.DbContext;
using IdentityServer.services;
using IdentityServer4.Configuration.DependencyInjection.Options;
using IdentityServer4.EntityFramework.Storage.Entities;
using IdentityServer4.EntityFramework.Storage.Mappers;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi.Models;
using RedisClient;
using Services;

namespace IdentityServer
{
    public class IdentityStartup
    {
        public IdentityStartup(IConfiguration configuration)
        {
            Configuration = configuration;

            // The login flow calls duffwebapi over https inside the compose network.
            ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var projectId = Environment.GetEnvironmentVariable("projectId") ?? Configuration.GetValue<string>("AppSetting:projectId");
            var identityCertPass = Environment.GetEnvironmentVariable("IdentityCertPassword") ?? Configuration.GetValue<string>("AppSetting:IdentityCertPassword");

            services.AddSingleton<AppSetting>();
            services.AddSingleton<IMyRestClient, MyRestClient>();
            services.AddSingleton<IRedisService, RedisService>();
            services.AddScoped<IdentityDbContext>();
            services.AddScoped<IIdentityClientsRepository, IdentityClientsRepository>();
            services.AddSingleton<IStartupFilter, MigrationStartupFilter<IdentityDbContext>>();
            services.AddSingleton<IRandomGenerator, RandomGenerator>();

            // Google Cloud Trace for incoming and outgoing requests.
            Tracer.SetupTracer(services, projectId, "Identity");

            // Signing certificate: mounted into the container at /myapp/cert (see docker-compose.yml).
            byte[] certData = File.ReadAllBytes("/myapp/cert/your_certificate.pfx");
            services.AddIdentityServer(options =>
                {
                    options.UserInteraction = new UserInteractionOptions() { ConsentUrl = "/Account/Login", LoginUrl = "/Account/Login" };
                    options.Authentication = new AuthenticationOptions()
                    {
                        CookieSlidingExpiration = true,
                    };
                })
                .AddSigningCredential(new X509Certificate2(certData, identityCertPass))
                .AddProfileService<MyProfileService>()
                .AddUserSession<UserSession>()
                .AddConfigurationStore<IdentityDbContext>()
                //.AddDeveloperSigningCredential()
                .AddOperationalStore<IdentityDbContext>();

            services.AddDataProtection()
                .SetApplicationName("duff-identity")
                .AddKeyManagementOptions(options =>
                {
                    options.AutoGenerateKeys = true;
                    options.NewKeyLifetime = TimeSpan.FromDays(7);
                })
                .PersistKeysToDbContext<IdentityDbContext>();

            services.AddHttpContextAccessor();
            services.AddMvc(x => { x.EnableEndpointRouting = false; });

            services.AddSwaggerGen(c =>
            {
                c.SwaggerDoc("v1", new OpenApiInfo { Title = "Duff Identity API", Version = "v1" });
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            InitializeDatabase(app);

            // haproxy routes https://duff-cloud.io/identity/* here, so everything lives under /identity.
            app.Map(new PathString("/identity"), (applicationBuilder) =>
            {
                Tracer.CurrentTracer = app.ApplicationServices.GetService<IManagedTracer>();

                var appSetting = applicationBuilder.ApplicationServices.GetService<AppSetting>();
                applicationBuilder.UseRouting();

                // Pins IdentityServer's origin to the public base URL instead of the request's scheme/host.
                applicationBuilder.UseMiddleware<PublicFacingUrlMiddleware>(appSetting["IdentityUrlBase"]);
                applicationBuilder.UseDefaultFiles();
                applicationBuilder.UseStaticFiles(new StaticFileOptions()
                {
                    OnPrepareResponse = (context) =>
                    {
                        context.Context.Response.Headers["Cache-Control"] = "no-cache, no-store";
                        context.Context.Response.Headers["Pragma"] = "no-cache";
                        context.Context.Response.Headers["Expires"] = "-1";
                    }
                });
                /* app.UseForwardedHeaders(new ForwardedHeadersOptions {
                     ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto
                 });*/
                applicationBuilder.UseIdentityServer();
                applicationBuilder.UseAuthentication();
                applicationBuilder.UseCookiePolicy(new CookiePolicyOptions
                {
                    Secure = CookieSecurePolicy.Always
                });
                applicationBuilder.UseSwagger();
                applicationBuilder.UseSwaggerUI(c => { c.SwaggerEndpoint("v1/swagger.json", "Duff Identity API V1"); });
                applicationBuilder.UseMvc(routes =>
                {
                    routes.MapRoute(
                        name: "default",
                        template: "{controller}/{action}/{id?}");
                });
                applicationBuilder.UseEndpoints(endpoints =>
                {
                    endpoints.MapFallbackToFile("/index.html");
                });
            });
        }

        // Re-creates the known clients on every start so their settings follow the code.
        private void InitializeDatabase(IApplicationBuilder app)
        {
            using (var serviceScope = app.ApplicationServices.GetService<IServiceScopeFactory>().CreateScope())
            {
                var appsettings = serviceScope.ServiceProvider.GetRequiredService<AppSetting>();
                var context = serviceScope.ServiceProvider.GetRequiredService<IdentityDbContext>();

                foreach (var clientId in new[] { appsettings["ClientId"], appsettings["DuffClientId"], appsettings["PgAdminClientId"] })
                {
                    context.Clients.RemoveRange(context.Clients.Where(x => x.ClientId == clientId)
                        .Include(x => x.RedirectUris).Include(x => x.PostLogoutRedirectUris)
                        .Include(x => x.AllowedScopes)
                        .Include(x => x.ClientSecrets));
                    context.UserClients.RemoveRange(context.UserClients.Where(x => x.Client.ClientId == clientId));
                }

                var webClient = new Client()
                {
                    ClientId = appsettings["ClientId"],
                    ClientSecrets = new List<ClientSecret>() { new ClientSecret() { Value = appsettings["ClientSecret"].ToSha256() } },
                    RedirectUris = new List<ClientRedirectUri>()
                    {
                        new ClientRedirectUri() { RedirectUri = "https://localhost/oauth/callback" },
                        new ClientRedirectUri() { RedirectUri = "https://localhost:5002/oauth/callback" },
                        new ClientRedirectUri() { RedirectUri = "https://192.168.0.208/oauth/callback" },
                        new ClientRedirectUri() { RedirectUri = "https://duff-cloud.io/oauth/callback" },
                    },
                    RequirePkce = false,
                    AllowedGrantTypes = new List<ClientGrantType>()
                    {
                        new ClientGrantType() { GrantType = GrantType.AuthorizationCode },
                        new ClientGrantType() { GrantType = GrantType.ClientCredentials }
                    },
                    AllowedScopes = new List<ClientScope>()
                    {
                        new ClientScope() { Scope = "openid" },
                        new ClientScope() { Scope = "email" },
                        new ClientScope() { Scope = "profile" }
                    },
                    AlwaysIncludeUserClaimsInIdToken = true,
                    ClientUri = "https://duff-cloud.io",
                    AlwaysSendClientClaims = true,
                };
                context.Clients.Add(webClient);

                var apiClient = new Client()
                {
                    ClientId = appsettings["DuffClientId"],
                    ClientSecrets = new List<ClientSecret>() { new ClientSecret() { Value = appsettings["DuffSecret"].ToSha256() } },
                    RedirectUris = new List<ClientRedirectUri>()
                    {
                        new ClientRedirectUri() { RedirectUri = "https://localhost/duffapi/oauth/callback" },
                        new ClientRedirectUri() { RedirectUri = "https://duff-cloud.io/duffapi/oauth/callback" },
                    },
                    RequirePkce = false,
                    AllowedGrantTypes = new List<ClientGrantType>()
                    {
                        new ClientGrantType() { GrantType = GrantType.AuthorizationCode },
                        new ClientGrantType() { GrantType = GrantType.ClientCredentials }
                    },
                    AllowedScopes = new List<ClientScope>()
                    {
                        new ClientScope() { Scope = "openid" },
                        new ClientScope() { Scope = "email" },
                        new ClientScope() { Scope = "profile" }
                    },
                    AlwaysIncludeUserClaimsInIdToken = true,
                    ClientUri = "https://duff-cloud.io",
                    AlwaysSendClientClaims = true,
                };
                context.Clients.Add(apiClient);

                var pgAdminClient = new Client()
                {
                    ClientId = appsettings["PgAdminClientId"],
                    ClientSecrets = new List<ClientSecret>() { new ClientSecret() { Value = appsettings["PgAdminSecret"].ToSha256() } },
                    RedirectUris = new List<ClientRedirectUri>()
                    {
                        new ClientRedirectUri() { RedirectUri = "https://localhost/pgadmin4/oauth2/authorize" },
                        new ClientRedirectUri() { RedirectUri = "http://duff-cloud.io/pgadmin4/oauth2/authorize" },
                        new ClientRedirectUri() { RedirectUri = "https://duff-cloud.io/pgadmin4/oauth2/authorize" }
                    },
                    RequirePkce = false,
                    AllowedGrantTypes = new List<ClientGrantType>()
                    {
                        new ClientGrantType() { GrantType = GrantType.AuthorizationCode },
                        new ClientGrantType() { GrantType = GrantType.ClientCredentials }
                    },
                    AllowedScopes = new List<ClientScope>()
                    {
                        new ClientScope() { Scope = "openid" },
                        new ClientScope() { Scope = "email" },
                        new ClientScope() { Scope = "profile" }
                    },
                    AlwaysIncludeUserClaimsInIdToken = true,
                    ClientUri = "https://duff-cloud.io/pgadmin4",
                    AlwaysSendClientClaims = true,
                };
                context.Clients.Add(pgAdminClient);

                if (!context.IdentityResources.Any())
                    context.IdentityResources.Add(new IdentityResources.OpenId().ToEntity());

                context.UserClients.Add(new UserClient() { Client = webClient, UserId = "your@email.com" });

                if (context.ApiScopes.FirstOrDefault(x => x.Name == "email") == null)
                    context.ApiScopes.Add(new ApiScope() { Name = "email", Enabled = true, DisplayName = "email" });

                context.SaveChanges();
            }
        }
    }
}
