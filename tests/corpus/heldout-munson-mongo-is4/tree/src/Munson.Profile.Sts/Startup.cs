using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Munson.Profile.Sts.Data.Seeding;
using StackExchange.Redis;

namespace Munson.Profile.Sts
{
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var redis = ConnectionMultiplexer.Connect(Environment.GetEnvironmentVariable("REDIS_URI"));
            services.AddDataProtection()
                    .PersistKeysToStackExchangeRedis(redis, "munson_sts_dp_keys");

            services.AddProfileIdentityServer(Configuration);

            services.AddExternalLogins(Configuration);

            services.AddMvc()
                    .AddMetrics()
                    .SetCompatibilityVersion(CompatibilityVersion.Latest);

            services.AddMetricsTrackingMiddleware();

            services.AddCors(options =>
            {
                options.AddPolicy("api", policy =>
                {
                    policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod();
                });
            });
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env, IApplicationLifetime lifetime)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler(Configuration["Pages:Error"]);
            }

            app.UseMetricsAllMiddleware();

            app.UseForwardedHeaders(new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            });

            app.UseCors("api");
            app.UseIdentityServer();

            using (var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope())
            {
                SeedMongoData.Seed(scope);
            }

            app.UseIdentityServerMongoDBTokenCleanup(lifetime);

            app.UseStaticFiles();
            app.UseMvcWithDefaultRoute();
        }
    }
}
