#nullable enable
using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Security.Claims;
using Fabrikam.Insights.Admin.Areas.Identity.Data;
using Fabrikam.Insights.Admin.Hubs;
using Fabrikam.Insights.Admin.Models;
using Fabrikam.Insights.Admin.Services;
using Fabrikam.Insights.Common.Database;
using Fabrikam.Insights.Common.Extensions;
using Fabrikam.Insights.Content.Model;
using Fabrikam.Insights.Data.Model;
using IdentityServer4.Models;
using Microsoft.AspNetCore.ApiAuthorization.IdentityServer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Rewrite;
using Microsoft.AspNetCore.SpaServices.ReactDevelopmentServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi.Models;
using SendGrid;

namespace Fabrikam.Insights.Admin
{
    public class Startup
    {
        private const string SpaClientId = "Fabrikam.Insights.Admin";

        private static readonly List<string> LocalAdminAliases = new() { "https://insights.local:5021" };

        private IConfiguration Configuration { get; }
        private IHostEnvironment HostEnvironment { get; }
        private readonly List<string> _adminOrigins;

        public Startup(IConfiguration configuration, IHostEnvironment hostEnvironment)
        {
            Configuration = configuration;
            HostEnvironment = hostEnvironment;

            _adminOrigins = new List<string> { $"https://{Configuration.GetValue<string>("AdminUri")}" };
            if (hostEnvironment.IsDevelopment())
            {
                _adminOrigins.AddRange(LocalAdminAliases);
            }
        }

        public virtual void ConfigureServices(IServiceCollection services)
        {
            services.AddHealthChecks();

            services.AddApplicationInsightsTelemetry();

            services.Configure<CookiePolicyOptions>(options =>
            {
                options.CheckConsentNeeded = _ => true;
                options.MinimumSameSitePolicy = SameSiteMode.None;
                options.Secure = CookieSecurePolicy.Always;
            });

            services.AddHttpContextAccessor();
            services.AddMvc(options =>
                {
                    options.Filters.Add(new AuthorizeFilter(SecurityPolicies.CanAccessSystem));
                    options.EnableEndpointRouting = false;
                })
                .AddNewtonsoftJson();

            services.AddResponseCompression(options => options.EnableForHttps = true);
            services.AddSpaStaticFiles(spa => spa.RootPath = "wwwroot");

            // Databases: every context shares the retry helper from the Common project.
            services.AddDbContext<UsersAndRolesDbContext>(options =>
                options.UseSqlServer(Configuration.GetConnectionString("ContentDb"),
                    sql => sql
                        .MigrationsAssembly(typeof(Startup).Assembly.FullName)
                        .EnableCustomRetryOnFailure()));

            services.AddDbContext<ContentDbContext>(options =>
                options.UseSqlServer(Configuration.GetConnectionString("ContentDb"),
                    sql => sql
                        .MigrationsAssembly(typeof(Startup).Assembly.FullName)
                        .EnableCustomRetryOnFailure()));

            services.AddDbContext<StatisticsDbContext>(options =>
                options.UseSqlServer(Configuration.GetConnectionString("StatisticsDb"),
                    sql => sql
                        .MigrationsAssembly("Fabrikam.Insights.Data.Model")
                        .EnableCustomRetryOnFailure()));

            // Sign-in: ASP.NET Core Identity users, an external OpenID Connect provider, and a local
            // IdentityServer that issues the tokens the admin SPA uses against this API.
            JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Remove("role");

            services
                .AddDefaultIdentity<ApplicationUser>()
                .AddRoles<IdentityRole>()
                .AddEntityFrameworkStores<UsersAndRolesDbContext>()
                .AddDefaultTokenProviders();

            if (!HostEnvironment.IsIntegrationTest())
            {
                var identityServer = services
                    .AddIdentityServer(options =>
                    {
                        options.Events.RaiseErrorEvents = true;
                        options.Events.RaiseInformationEvents = true;
                        options.Events.RaiseFailureEvents = true;
                        options.Events.RaiseSuccessEvents = true;
                    })
                    .AddApiAuthorization<ApplicationUser, UsersAndRolesDbContext>(options =>
                    {
                        var spaClient = options.Clients.First(client => client.ClientId == SpaClientId);
                        var spaSettings = Configuration.GetSection("OpenIdConnectSpaClient");

                        if (!spaSettings.GetValue("AllowOfflineAccess", false))
                        {
                            return;
                        }

                        spaClient.AllowOfflineAccess = true;
                        spaClient.AllowedScopes = spaClient.AllowedScopes
                            .Append(OpenIdConnectScope.OfflineAccess)
                            .ToList();
                        spaClient.UpdateAccessTokenClaimsOnRefresh = true;

                        var usage = spaSettings.GetValue<string>("RefreshTokenUsage");
                        spaClient.RefreshTokenUsage = usage != null
                            ? Enum.Parse<TokenUsage>(usage)
                            : TokenUsage.OneTimeOnly;

                        var expiration = spaSettings.GetValue<string>("RefreshTokenExpiration");
                        spaClient.RefreshTokenExpiration = expiration != null
                            ? Enum.Parse<TokenExpiration>(expiration)
                            : TokenExpiration.Absolute;
                    })
                    .AddProfileService<ApplicationUserProfileService>();

                if (HostEnvironment.IsDevelopment())
                {
                    identityServer.AddDeveloperSigningCredential();
                }
                else
                {
                    // Reads IdentityServer:Key (a certificate in the CurrentUser/My store).
                    identityServer.AddSigningCredentials();
                }

                services.Configure<JwtBearerOptions>(
                    IdentityServerJwtConstants.IdentityServerJwtBearerScheme,
                    options =>
                    {
                        // Tokens are issued for whichever admin origin the SPA talked to.
                        options.TokenValidationParameters = new TokenValidationParameters
                        {
                            ValidIssuers = _adminOrigins
                        };
                    });

                services
                    .AddAuthentication()
                    .AddOpenIdConnect(options => Configuration.GetSection("OpenIdConnect").Bind(options))
                    .AddIdentityServerJwt();
            }

            services.Configure<IdentityOptions>(options =>
            {
                options.ClaimsIdentity.UserIdClaimType = ClaimTypes.NameIdentifier;
            });

            services.AddAuthorization(options =>
            {
                options.AddPolicy(SecurityPolicies.CanAccessSystem, policy => policy.RequireAuthenticatedUser());
            });

            var signalR = services.AddSignalR().AddNewtonsoftJsonProtocol();
            var signalRConnection = Configuration.GetValue<string>("Azure:SignalR:ConnectionString");
            if (!string.IsNullOrEmpty(signalRConnection))
            {
                signalR.AddAzureSignalR(signalRConnection);
            }

            services.AddTransient<IEmailService>(provider =>
            {
                var emailApiKey = Configuration.GetValue<string>("EmailApiKey");

                if (!HostEnvironment.IsDevelopment() || (emailApiKey != null && emailApiKey != "change-me"))
                {
                    return new SendGridEmailService(new SendGridClient(emailApiKey), $"no-reply@{Configuration.GetValue<string>("AdminUri")}");
                }

                return new LoggingEmailService(provider.GetRequiredService<ILogger<LoggingEmailService>>());
            });

            if (HostEnvironment.IsDevelopment())
            {
                services.AddTransient<BootstrapUsersService>();
            }

            if (Configuration.GetValue<bool>("enableSwagger"))
            {
                services.AddSwaggerGen(swagger =>
                    swagger.SwaggerDoc("v1", new OpenApiInfo { Title = "Fabrikam Insights - Admin API", Version = "v1" }));
            }
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (!env.IsIntegrationTest())
            {
                UpdateDatabase(app, env);
            }

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Error");
                app.UseHsts(hsts =>
                {
                    hsts.MaxAge(365);
                    hsts.IncludeSubdomains();
                    hsts.Preload();
                });
            }

            app.UseResponseCompression();

            if (Configuration.GetValue<bool>("enableSwagger"))
            {
                app.UseSwagger();
                app.UseSwaggerUI(ui =>
                {
                    ui.SwaggerEndpoint("/swagger/v1/swagger.json", "Admin API V1");
                    ui.RoutePrefix = "docs";
                });
            }

            app.UseXContentTypeOptions();
            app.UseXfo(xfo => xfo.SameOrigin());
            app.UseReferrerPolicy(referrer => referrer.NoReferrerWhenDowngrade());

            app.UseHttpsRedirection();
            app.UseStaticFiles();
            app.UseSpaStaticFiles();
            app.UseCookiePolicy();
            app.UseRouting();
            app.UseHealthChecks("/api/health");

            app.UseAuthentication();
            app.UseAuthorization();

            if (!env.IsIntegrationTest())
            {
                app.UseIdentityServer();
            }

            // Only the login, external login and expired-invite Identity pages stay reachable.
            var rewrite = new RewriteOptions();
            rewrite.AddRewrite(
                @"^(?i)identity/(?!account/(login|externallogin|inviteexpired))",
                replacement: "/",
                skipRemainingRules: true);
            app.UseRewriter(rewrite);

            app.UseEndpoints(endpoints => endpoints.MapHub<ReleaseContentHub>("/hubs/release-content"));

            app.UseMvc(routes =>
            {
                routes.MapRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
                routes.MapRoute("default", "{controller}/{action=Index}/{id?}");
            });

            if (!env.IsIntegrationTest())
            {
                app.UseSpa(spa =>
                {
                    if (env.IsDevelopment())
                    {
                        spa.Options.SourcePath = "../fabrikam-insights-admin";
                        spa.UseReactDevelopmentServer("start");
                    }
                });
            }
        }

        private static void UpdateDatabase(IApplicationBuilder app, IWebHostEnvironment env)
        {
            using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();

            var statistics = scope.ServiceProvider.GetRequiredService<StatisticsDbContext>();
            statistics.Database.SetCommandTimeout(int.MaxValue);
            statistics.Database.Migrate();

            var usersAndRoles = scope.ServiceProvider.GetRequiredService<UsersAndRolesDbContext>();
            usersAndRoles.Database.SetCommandTimeout(int.MaxValue);
            usersAndRoles.Database.Migrate();

            var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            content.Database.SetCommandTimeout(int.MaxValue);
            content.Database.Migrate();

            if (env.IsDevelopment())
            {
                scope.ServiceProvider.GetRequiredService<BootstrapUsersService>().AddBootstrapUsers();
            }
        }
    }
}
