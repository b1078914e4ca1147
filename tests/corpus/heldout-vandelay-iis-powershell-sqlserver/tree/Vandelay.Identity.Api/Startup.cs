using System;
using System.IdentityModel.Tokens.Jwt;
using System.Net.Http;
using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.EventSinks;
using Vandelay.Identity.Api.Extensions;
using Vandelay.Identity.Api.Infrastructure;
using Vandelay.Identity.Api.Persistence;
using Vandelay.Identity.Api.Services;
using Vandelay.Platform.Logging;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using LogFactory = Vandelay.Identity.Api.Logging.LogFactory;

namespace Vandelay.Identity.Api
{
    public class Startup
    {
        private readonly IAppConfiguration _appConfig;
        private readonly ICertificateService _certificateService;

        public Startup(IConfiguration configuration)
        {
            _certificateService = IdentityConfigurationProvider.MakeCertificateService();
            _appConfig = new IdentityConfigurationProvider(configuration)
                .GetAppConfiguration(new DecryptionService(_certificateService));
        }

        public void ConfigureServices(IServiceCollection services)
        {
            if (_appConfig.ApplicationInsights?.Enabled ?? false)
            {
                services.AddApplicationInsightsTelemetry();
            }

            services.TryAddSingleton(_appConfig.HostingOptions);
            services.TryAddSingleton<IConnectionStrings>(_appConfig.ConnectionStrings);

            var hostingOptions = _appConfig.HostingOptions;
            var connectionStrings = _appConfig.ConnectionStrings;

            // IdentityServer events go to their own Serilog logger (EventLogs table when on SQL Server)
            var eventLogger = LogFactory.CreateEventLogger(hostingOptions, connectionStrings);
            var eventSink = new SerilogEventSink(eventLogger);

            services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>()
                .AddSingleton<HttpClient>()
                .AddSingleton<IEventSink>(eventSink)
                .AddSingleton(_appConfig)
                .AddSingleton(Log.Logger)
                .AddVandelayIdentityServer(_appConfig, _certificateService, Log.Logger, hostingOptions, connectionStrings)
                .AddTransient<IHealthCheckerService, HealthCheckerService>();

            services.AddAuthentication().AddJwtBearer(o =>
            {
                o.Authority = _appConfig.IdentityServerConfidentialClientSettings.Authority;
                o.Audience = _appConfig.IdentityServerConfidentialClientSettings.ClientId;
                o.RequireHttpsMetadata = false;
            });

            services.AddMvc().SetCompatibilityVersion(CompatibilityVersion.Version_2_2);
            services.AddSwaggerGen(c => c.SwaggerDoc("v1", new Swashbuckle.AspNetCore.Swagger.Info { Title = "Vandelay Identity API", Version = "v1" }));
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env, IDbBootstrapper dbBootstrapper)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
                LogFactory.LoggingLevelSwitch.MinimumLevel = LogEventLevel.Verbose;
            }

            app.UseExceptionHandler("/Home/UnauthorizedError");
            app.UseStatusCodePages(async context =>
            {
                if (context.HttpContext.Response.StatusCode == 401)
                {
                    context.HttpContext.Response.ContentType = "text/html";
                    await context.HttpContext.Response.WriteAsync(
                        "<script>window.location='/identity/home/UnauthorizedError'</script>");
                }
            });

            app.UseCheckXForwardHeader();

            SeedIdentityResources(dbBootstrapper);

            app.UseCors(VandelayIdentityConstants.CorsPolicyName);
            app.UseStaticFiles();

            JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Clear();

            app.UseSerilogRequestLogging();
            app.UseCookiePolicy();
            app.UseAuthentication();
            app.UseIdentityServer();
            app.UseMvcWithDefaultRoute();

            // platform monitoring: /_monitor/shallow (204) and /_monitor/deep (runs CheckHealth, 204 or 503)
            var healthChecker = app.ApplicationServices.CreateScope().ServiceProvider.GetRequiredService<IHealthCheckerService>();
            app.UseOwin().UseVandelayMonitoring(healthChecker.CheckHealth, LogFactory.LoggingLevelSwitch);

            app.UseSwagger(c => { c.RouteTemplate = "swagger/ui/index/{documentName}/swagger.json"; });
            app.UseSwaggerUI(c =>
            {
                c.SwaggerEndpoint("v1/swagger.json", "Vandelay Identity API V1");
                c.RoutePrefix = "swagger/ui/index";
            });
        }

        private static void SeedIdentityResources(IDbBootstrapper dbBootstrapper)
        {
            if (dbBootstrapper.Setup())
            {
                dbBootstrapper.AddResources(Config.GetIdentityResources());
            }
        }
    }
}
