using IdentityServer4;
using IdentityServer4.Services;
using IdentityServer4.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MongoDB.Bson.Serialization.Conventions;
using Serilog;
using Stark.IdentityServer.Data;
using Stark.IdentityServer.Services;

namespace Stark.IdentityServer
{
    public class Startup
    {
        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Configuration = configuration;
            Environment = environment;
        }

        private IConfiguration Configuration { get; }
        private IWebHostEnvironment Environment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddLegacySafeSameSiteCookies();

            if (!Environment.IsDevelopment())
            {
                services.AddDataProtection()
                    .PersistKeysToAWSSystemsManager("/StarkIdentity/DataProtection");
            }

            var identity = services.AddIdentityServer()
                .AddMongoDocumentStore(
                    Configuration["DatabaseSettings:ConnectionString"],
                    Configuration["DatabaseSettings:DatabaseName"])
                .AddMongoClients()
                .AddMongoResources()
                .AddMongoPersistedGrants()
                .AddProfileService<ProfileService>()
                .AddResourceOwnerValidator<ResourceOwnerPasswordValidator>();

            if (!Environment.IsDevelopment())
            {
                identity.AddSigningCertificateFromFile();
            }
            else
            {
                identity.AddDeveloperSigningCredential();
            }

            services.AddAuthentication()
                .AddFacebook(facebook =>
                {
                    facebook.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    facebook.AppId = Configuration["Authentication:Facebook:AppId"];
                    facebook.AppSecret = Configuration["Authentication:Facebook:AppSecret"];
                })
                .AddGoogle(google =>
                {
                    google.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    google.ClientId = Configuration["Authentication:Google:ClientId"];
                    google.ClientSecret = Configuration["Authentication:Google:ClientSecret"];
                });

            services.Configure<DatabaseSettings>(Configuration.GetSection(nameof(DatabaseSettings)));
            services.AddSingleton<IDatabaseSettings>(sp => sp.GetRequiredService<IOptions<DatabaseSettings>>().Value);
            services.AddTransient<IProfileRepository, ProfileRepository>();
            services.AddTransient<IResourceOwnerPasswordValidator, ResourceOwnerPasswordValidator>();
            services.AddTransient<IProfileService, ProfileService>();
            services.AddTransient<ILoginService, LoginService>();
            services.AddSingleton<ICorsPolicyService, MongoCorsPolicyService>();

            var conventions = new ConventionPack { new IgnoreExtraElementsConvention(true) };
            ConventionRegistry.Register("Stark identity documents", conventions, _ => true);

            // SeedClientsAndResources(services);

            services.AddHealthChecks()
                .AddCheck<StarkHealthCheck>("stark");

            services.AddMvc();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment()) app.UseDeveloperExceptionPage();
            else app.UseExceptionHandler("/Home/Error");
            app.UseJsonErrorsForApi(app.ApplicationServices.GetService<ILogger>());
            app.UseCookiePolicy();
            if (!env.IsDevelopment()) app.UseHttpsRedirection();
            app.UseStaticFiles();
            app.UseCors(policy => policy
                .WithOrigins(Configuration["ClientUrls:StarkWeb"])
                .AllowAnyHeader()
                .AllowAnyMethod()
                .AllowCredentials());
            app.UseRouting();
            app.UseIdentityServer();
            app.UseAuthorization();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
                endpoints.MapHealthChecks("/health");
            });
        }

        // Clients, scopes and resources were inserted into MongoDB once from Config.cs;
        // the seeding step stays disabled and the collections are edited by hand since.
        // private void SeedClientsAndResources(IServiceCollection services) { ... }
    }
}
