using System;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newtonsoft.Json;
using Trey.IdentityServer.Authorization;
using Trey.IdentityServer.Extensions;
using Trey.IdentityServer.HostService;
using Trey.IdentityServer.HostService.StartupTask;
using Trey.IdentityServer.Models;
using Trey.IdentityServer.ToolKit;
using Trey.IdentityServer.ToolKit.EnumCollection;

namespace Trey.IdentityServer
{
    public class Startup
    {
        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Configuration = configuration;
            Environment = environment;
        }

        public IConfiguration Configuration { get; }
        public IWebHostEnvironment Environment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddSameSiteCookiePolicy();
            services.AddHttpContextAccessor();

            // Executed by RunWithTasksAsync in Program.Main before the host runs.
            services.AddSingleton<IStartupTask, MigratorStartup>();

            // CORS: any origin, with credentials, applied to every request below.
            services.AddCors(options =>
            {
                options.AddPolicy(TreyConsts.LocalCorsPolicyName, policy =>
                {
                    policy
                        //.WithOrigins(Configuration["App:CorsOrigins"].Split(',', StringSplitOptions.RemoveEmptyEntries))
                        .SetIsOriginAllowed(origin => true)
                        .AllowAnyHeader()
                        .AllowAnyMethod()
                        .AllowCredentials();
                });
            });

            // Database: the provider is fixed here, the SQL Server branch of the helper is never taken.
            var dbCategory = DBCategoryEnum.PostgreSQL;
            services.AddTreyDbContext(Configuration, dbCategory);

            services.AddHsts(options =>
            {
                options.Preload = true;
                options.IncludeSubDomains = true;
                options.MaxAge = TimeSpan.FromDays(60);
            });
            services.AddHttpsRedirection(options =>
            {
                options.RedirectStatusCode = StatusCodes.Status307TemporaryRedirect;
                options.HttpsPort = 443;
            });

            services.ConfigureApplicationCookie(options =>
            {
                options.LoginPath = new PathString("/oauth2/authorize");
            });
            services.AddSession(options => options.IdleTimeout = TimeSpan.FromSeconds(30));

            services.AddMvc(options => options.EnableEndpointRouting = false)
                .AddNewtonsoftJson(options =>
                {
                    options.SerializerSettings.ReferenceLoopHandling = ReferenceLoopHandling.Ignore;
                    options.SerializerSettings.DateFormatString = "yyyy-MM-dd HH:mm:ss";
                })
                .SetCompatibilityVersion(CompatibilityVersion.Version_3_0);

            var builder = services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;
                //options.IssuerUri = "";
                options.UserInteraction = new IdentityServer4.Configuration.UserInteractionOptions
                {
                    LoginUrl = "/oauth2/authorize",
                };
            })
                .AddExtensionGrantValidator<ChatLinkGrantValidator>()
                .AddAspNetIdentity<ApplicationUser>()
                .AddConfigurationStore()
                .AddOperationalStore(options =>
                {
                    options.EnableTokenCleanup = true;
                    // options.TokenCleanupInterval = 15;
                });

            if (Environment.IsDevelopment())
            {
                builder.AddDeveloperSigningCredential();
            }

            services.AddHostedService<InitDataService>();

            services.AddAuthorization(options =>
            {
                options.AddPolicy("Admin", policy => policy.Requirements.Add(new ClaimRequirement("rolename", "Admin")));
                options.AddPolicy("SuperAdmin", policy => policy.Requirements.Add(new ClaimRequirement("rolename", "SuperAdmin")));
            });
            services.AddSingleton<IAuthorizationHandler, ClaimsRequirementHandler>();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Home/Error");
                app.UseHsts();
                app.UseHttpsRedirection();
            }

            app.UseCookiePolicy();
            app.UseSession();
            app.UseStaticFiles();
            app.UseRouting();
            app.UseCors(TreyConsts.LocalCorsPolicyName);
            app.UseIdentityServer();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllerRoute(
                    name: "default",
                    pattern: "{controller=Home}/{action=Index}/{id?}");
            });
        }
    }
}
