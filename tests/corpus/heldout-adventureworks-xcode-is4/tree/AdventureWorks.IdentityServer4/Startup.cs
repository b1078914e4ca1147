using System.IdentityModel.Tokens.Jwt;
using System.IO;
using AdventureWorks.Admin.Common;
using AdventureWorks.Admin.Configuration;
using AdventureWorks.Admin.Extensions;
using AdventureWorks.IdentityServer4.Common;
using AdventureWorks.IdentityServer4.Controllers;
using AdventureWorks.IdentityServer4.Services;
using AdventureWorks.Cycles.Common;
using IdentityServer4.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdventureWorks.IdentityServer4
{
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;

            // keep claim types exactly as issued
            JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Clear();
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            // the admin framework registers identity, authentication, localization, swagger and CORS
            services.AddWorksAdmin();

            services.AddIdentityServer(options =>
                {
                    options.UserInteraction.LoginReturnUrlParameter = "returnUrl";
                    options.UserInteraction.LoginUrl = "/login";
                    options.Authentication.CookieAuthenticationScheme = IdentityConstants.ApplicationScheme;
                })
                .AddXCodeConfigurationStore()
                .AddXCodeOperationalStore(options =>
                {
                    // expired grants are swept by the store's hosted service
                    options.EnableTokenCleanup = true;
                    // options.TokenCleanupInterval = 30;
                })
                .AddProfileService<ProfileService>()
                .AddDeveloperSigningCredential();

            services.AddLogging(logging =>
            {
                logging.AddConsole();
                logging.AddDebug();
            });

            // build the admin menu from this assembly's controllers
            services.ScanController(options =>
            {
                var type = typeof(ClientsController);
                options.Description = "Adventure Works sign-in";
                options.DisplayName = "Adventure Works sign-in";
                options.Namespace = type.Namespace;
                options.RootUrl = "api";
                options.ScanAssembly = type.Assembly;
            });

            services.AddPhoneMessage(options =>
            {
                Configuration.GetSection(nameof(PhoneMessage)).Bind(options);
            });

            services.AddMailMessage(options =>
            {
                Configuration.GetSection(nameof(MailMessage)).Bind(options);
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            var localization = app.ApplicationServices.GetService<IOptions<RequestLocalizationOptions>>();
            app.UseRequestLocalization(localization.Value);

            // the admin framework's own pipeline is skipped so that IdentityServer can be inserted
            //app.UseWorksAdmin();

            app.AddVerCode();

            app.Use(async (ctx, next) =>
            {
                // behind a proxy: take the scheme it reports
                if (ctx.Request.Headers.ContainsKey("X-Forwarded-Proto"))
                {
                    ctx.Request.Scheme = ctx.Request.Headers["X-Forwarded-Proto"];
                }

                await next();
            });

            app.UseApiExceptionHandler();

            app.UseSwagger();
            app.UseSwaggerUI(c =>
            {
                c.SwaggerEndpoint("/swagger/v1/swagger.json", Configuration["ApiTitle"] ?? "IdentityServer");

                var oauth = app.ApplicationServices.GetRequiredService<OAuthConfiguration>();
                if (!oauth.Authority.IsNullOrEmpty())
                {
                    c.OAuthClientId(oauth.ClientId);
                    c.OAuthClientSecret(oauth.ClientSecret);
                    c.OAuthAppName(Configuration["ApiTitle"]);
                    c.OAuthUseBasicAuthenticationWithAccessCodeGrant();
                }
            });

            app.UseDefaultFiles();
            app.UseStaticFiles();

            app.UseRouting();

            app.UseCors("default");

            app.UseAuthentication();
            app.UseAuthorization();

            app.UseIdentityServer();

            app.UseEndpoints(endpoints => { endpoints.MapControllers(); });

            // Development with a front-end source path: proxy to the Vue dev server;
            // otherwise serve the built front end from wwwroot/dist when it was deployed
            var clientAppSourcePath = Configuration["ClientAppSourcePath"];

            if (env.IsDevelopment() && !clientAppSourcePath.IsNullOrWhiteSpace())
            {
                app.UseSpa(spa =>
                {
                    spa.Options.SourcePath = clientAppSourcePath;
                    spa.UseVueDevelopmentServer("yarn", "start");
                });
            }
            else if (env.WebRootPath != null)
            {
                var dist = Path.Combine(env.WebRootPath, "dist");
                if (!Directory.Exists(dist))
                {
                    return;
                }

                app.UseSpa(spa =>
                {
                    var staticFiles = new StaticFileOptions
                    {
                        FileProvider = new PhysicalFileProvider(dist)
                    };

                    app.UseSpaStaticFiles(staticFiles);
                    spa.Options.DefaultPageStaticFileOptions = staticFiles;
                });
            }
        }
    }
}
