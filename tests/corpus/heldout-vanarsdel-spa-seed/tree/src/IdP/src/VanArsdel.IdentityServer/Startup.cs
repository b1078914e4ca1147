using System;
using VanArsdel.Identity.Startup;
using VanArsdel.IdentityServer.MongoDb;
using VanArsdel.IdentityServer.Pipelines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace VanArsdel.IdentityServer
{
    public class Startup
    {
        public IConfigurationRoot Configuration { get; }

        public Startup(IHostingEnvironment env)
        {
            var environmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")?.ToLowerInvariant()
                                  ?? env.EnvironmentName?.ToLowerInvariant();

            Console.WriteLine($"Running as {environmentName}");
            var builder = new ConfigurationBuilder()
                .SetBasePath(env.ContentRootPath)
                .AddJsonFile("appsettings.json", true, true)
                .AddJsonFile($"appsettings.{environmentName}.json", true)
                .AddEnvironmentVariables();

            Configuration = builder.Build();
        }

        public void ConfigureServices(IServiceCollection services)
        {
            var database = services.AddMongoDatabase(Configuration);
            services.AddDataProtection()
                .SetApplicationName("vanarsdel-identity")
                .PersistKeysToFileSystem(new System.IO.DirectoryInfo(@"/var/dpkeys/"));

            var userStore = new MongoUserStore(database);
            services.AddSingleton<MongoUserStore>(userStore);
            services.AddRepositories(database);
            services.AddMvc();

            services.AddIdentityServer()
                .AddSigningCredential(SigningCertificate.Load())
                .AddMongoRepository()
                .AddInMemoryIdentityResources(Config.GetIdentityResources())
                .AddIdentityApiResources()
                .AddPersistedGrants()
                .AddInMemoryClients(Config.GetClients(Configuration))
                .AddProfileService<ProfileService>();

            services
                .AddAuthentication()
                .AddExternalAuth(Configuration);
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env)
        {
            app.UseIdentityCors();
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            app.UseHttpsForwardingOptions();
            app.UseIdentityServer();

            app.UseStaticFiles();
            app.UseMvcWithDefaultRoute();
        }
    }
}
