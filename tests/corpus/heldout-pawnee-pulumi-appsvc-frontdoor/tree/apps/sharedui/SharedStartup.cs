using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pawnee.Common.Options;

namespace Pawnee.SharedUI
{
    // Base class of both web hosts (identity and the web app/API).
    public class SharedStartup
    {
        protected IConfiguration Configuration { get; set; } = null!;
        protected IWebHostEnvironment HostingEnvironment { get; set; } = null!;
        protected EnvironmentInfo EnvironmentInfo { get; } = new EnvironmentInfo();

        protected void ConfigureSharedServices(IServiceCollection services)
        {
            services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.All;
                options.KnownNetworks.Clear();
                options.KnownProxies.Clear();
            });

            services.AddOptions();
            services.AddHealthChecks();
            services.Configure<EnvironmentInfo>(Configuration.GetSection("Environment"));
            services.Configure<ExternalServices>(Configuration.GetSection("ExternalServices"));
            services.Configure<EventOptions>(Configuration.GetSection("EventOptions"));
            Configuration.GetSection("Environment").Bind(EnvironmentInfo);
        }

        protected void ConfigureSharedPipeline(IApplicationBuilder app)
        {
            app.UseForwardedHeaders();

            // Production sits behind Front Door and the App Service front end, so the
            // scheme is pinned to https before anything builds a URL.
            if (HostingEnvironment.IsProduction())
            {
                app.Use((context, next) =>
                {
                    context.Request.Scheme = "https";
                    return next();
                });
            }

            app.MapWhen(
                ctx => ctx.Request.Method == HttpMethod.Get.Method && ctx.Request.Path.StartsWithSegments("/healthz"),
                branch => branch.UseHealthChecks("/healthz"));

            if (HostingEnvironment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseStatusCodePagesWithRedirects("/Home/StatusCode?code={0}");
                app.UseExceptionHandler("/Home/Error");

                // HSTS runs only when the DisableHsts setting has a value
                if (!string.IsNullOrEmpty(Configuration["DisableHsts"]))
                {
                    app.UseHsts();
                }
            }
        }
    }
}
