using System;
using VanArsdel.IdentityServer.MongoDb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace VanArsdel.IdentityServer.Administration
{
    // User management API; validates tokens issued by the identity server container.
    public class Startup
    {
        public IConfigurationRoot Configuration { get; }

        public Startup(IHostingEnvironment env)
        {
            var environmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")?.ToLowerInvariant()
                                  ?? env.EnvironmentName?.ToLowerInvariant();

            Configuration = new ConfigurationBuilder()
                .SetBasePath(env.ContentRootPath)
                .AddJsonFile("appsettings.json", true, true)
                .AddJsonFile($"appsettings.{environmentName}.json", true)
                .AddEnvironmentVariables()
                .Build();
        }

        public void ConfigureServices(IServiceCollection services)
        {
            var hostIp = Environment.GetEnvironmentVariable("HOST_IP");

            var database = services.AddMongoDatabase(Configuration);
            services.AddDataProtection()
                .SetApplicationName("vanarsdel-identity")
                .PersistKeysToFileSystem(new System.IO.DirectoryInfo(@"/var/dpkeys/"));
            services.AddSingleton(new MongoUserStore(database));
            services.AddRepositories(database);
            services.AddMvc();

            services.AddAuthentication("Bearer")
                .AddIdentityServerAuthentication(options =>
                {
                    options.Authority = $"http://{hostIp}";
                    options.RequireHttpsMetadata = false;
                    options.ApiName = "users";
                });
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            app.UseAuthentication();
            app.UseMvc();
        }
    }
}
