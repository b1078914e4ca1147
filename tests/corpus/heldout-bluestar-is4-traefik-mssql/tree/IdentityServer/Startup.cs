using Configuration;
using Data;
using IdentityServer.Configuration;
using IdentityServer.Quickstart;
using IdentityServer4;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using Models;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace IdentityServer
{
    public class Startup
    {
        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Config = configuration.GetSection("App").Get<Config>();
            Configuration = configuration;
            Environment = environment;
        }

        public IConfiguration Configuration { get; }

        public Config Config { get; }

        public IWebHostEnvironment Environment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            string inMemoryFlag = System.Environment.GetEnvironmentVariable("Use__In_Memory_Database");

            services.AddDbContext<IdentityDbContext>(o =>
            {
                if(inMemoryFlag != null && inMemoryFlag.Equals("true"))
                {
                    o.UseInMemoryDatabase("bluestarIdentityTestDb");
                }
                else
                {
                    o.UseSqlServer(Configuration.GetConnectionString("DefaultConnection"),
                                   sql => sql.EnableRetryOnFailure(50, TimeSpan.FromSeconds(30), null));
                }
            });

            services.AddBluestarUserStore();

            // keep the OIDC state of the external login in the (process-local) IDistributedCache
            services.AddOidcStateDataFormatterCache();

            services.AddControllersWithViews();

            IIdentityServerBuilder identity = services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;
                options.PublicOrigin = Config.Self.PublicOrigin;
                if(Environment.IsDevelopment())
                {
                    options.IssuerUri = Config.Self.IssuerUri;
                }
            });

            identity.AddInMemoryIdentityResources(IdentityConfig.IdentityResources());
            identity.AddInMemoryApiResources(IdentityConfig.Apis);
            identity.AddInMemoryClients(IdentityConfig.Clients(Config));
            identity.Services.AddTransient<IProfileService, ProfileService>();
            services.AddSingleton(Config);
            services.AddLocalApiAuthentication();

            services.AddAuthentication(options =>
                    {
                        options.DefaultAuthenticateScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
                        options.DefaultSignInScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
                        options.DefaultChallengeScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
                    })
                    .AddOpenIdConnect("campus", "Campus SSO", options =>
                    {
                        options.Authority = Config.CampusOidc.Authority;
                        options.ClientId = Config.CampusOidc.ClientId;
                        options.ClientSecret = Config.CampusOidc.ClientSecret;
                        options.ResponseType = "code";
                        options.Scope.Clear();
                        foreach(string scope in Config.CampusOidc.Scopes.Split(" "))
                        {
                            options.Scope.Add(scope);
                        }
                        options.SaveTokens = true;
                        options.GetClaimsFromUserInfoEndpoint = true;
                        options.Events.OnRedirectToIdentityProvider = ctx =>
                        {
                            ctx.ProtocolMessage.RedirectUri = Config.CampusOidc.RedirectUri;
                            return Task.CompletedTask;
                        };
                    })
                    .AddJwtBearer(o =>
                    {
                        o.Authority = Config.Self.JwtAuthority;
                        o.RequireHttpsMetadata = false;
                        o.TokenValidationParameters = new TokenValidationParameters
                        {
                            ValidateAudience = false,
                            NameClaimType = "name"
                        };
                    })
                    .AddCookie();

            if(Environment.IsDevelopment() || Environment.IsEnvironment("Test"))
            {
                identity.AddDeveloperSigningCredential();
            }
            else
            {
                // the entrypoint script imports the mounted Let's Encrypt pfx into the user store
                X509Store store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
                store.Open(OpenFlags.ReadOnly);
                X509Certificate2Collection found = store.Certificates.Find(X509FindType.FindByIssuerName,
                                                                           "Let's Encrypt Authority X3",
                                                                           false);
                if(found.Count > 0)
                {
                    identity.AddSigningCredential(found[0]);
                }
            }

            // TODO restrict origins
            services.AddCors(options =>
            {
                options.AddPolicy("bluestar-api", policy =>
                {
                    policy.AllowAnyOrigin()
                          .AllowAnyHeader()
                          .AllowAnyMethod();
                });
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            MigrateAndSeed(app, env);
            if(env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseStaticFiles();
            app.UseCors("bluestar-api");
            app.UseRouting();
            app.UseIdentityServer();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());
        }

        private static void MigrateAndSeed(IApplicationBuilder app, IWebHostEnvironment env)
        {
            using IServiceScope scope = app.ApplicationServices
                                           .GetRequiredService<IServiceScopeFactory>()
                                           .CreateScope();
            using IdentityDbContext context = scope.ServiceProvider.GetService<IdentityDbContext>();

            if(!context.Database.IsInMemory())
            {
                context.Database.Migrate();
            }

            List<IdentityUser> seedUsers = SeedUsers.Defaults();
            foreach(IdentityUser user in seedUsers.Where(u => !context.IdentityUser.Any(e => e.SubjectId == u.SubjectId)))
            {
                if(env.IsProduction())
                {
                    user.Password = SeedUsers.CreateRandomPassword(user.Username);
                }
                context.Add(user);
            }
            context.SaveChanges();
        }
    }
}
