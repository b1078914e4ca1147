using System;
using Gringotts.Common;
using Gringotts.Common.Extensions;
using Lib.AspNetCore.ServerSentEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gringotts.Owlery
{
    // Pushes server-sent events to signed-in clients.
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddDefaultCors();

            services.AddAuthentication("introspection")
                .AddOAuth2Introspection("introspection", introspection =>
                {
                    introspection.Authority = Servers.IdentityServer.ToString();
                    introspection.ClientId = "vault";
                    introspection.ClientSecret = Constants.VAULT_API_SECRET;
                    introspection.DiscoveryPolicy.RequireHttps = false;
                    introspection.CacheDuration = TimeSpan.FromMinutes(30);
                });
            services.AddAuthorization();

            services.AddServerSentEvents();
            services.AddHealthChecks();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseForwardedHeadersWithKnownProxies(env);
            app.UseCors("gringotts");
            app.UseVersion(Servers.Owlery);

            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapServerSentEvents("/sse").RequireAuthorization();
                endpoints.MapHealthChecks("/health");
            });
        }
    }
}
