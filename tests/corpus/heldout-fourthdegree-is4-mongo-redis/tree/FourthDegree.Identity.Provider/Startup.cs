using System.IO;
using FluentValidation.AspNetCore;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.IdGenerators;
using FourthDegree.Identity.Provider.Options;
using FourthDegree.Identity.Provider.Repository;
using FourthDegree.Identity.Provider.Repository.Clients;
using FourthDegree.Identity.Provider.Repository.Mongo;
using FourthDegree.Identity.Provider.Services;

namespace FourthDegree.Identity.Provider
{
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            // the host configuration is replaced by the YAML file plus environment variables
            Configuration = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddYamlFile("appsettings.yaml")
                .AddEnvironmentVariables()
                .Build();
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.Configure<ConfigurationOptions>(Configuration);
            services.AddTransient<IClientStore, MongoClientRepository>();
            services.AddTransient<IClientWriteStore, MongoClientRepository>();
            services.AddTransient<IResourceStore, ResourceRepository>();
            services.AddTransient<IResourceWriteStore, ResourceRepository>();
            services.AddTransient<IReferenceTokenStore, ReferenceTokenStore>();

            services.AddControllers()
                .AddFluentValidation(fv => fv.RegisterValidatorsFromAssemblyContaining<Startup>());
            services.AddAuthorization();

            services.AddIdentityServer()
                .AddResourceStore<ResourceRepository>()
                .AddClientStore<MongoClientRepository>()
                .AddDeveloperSigningCredential();

            services.AddLogging();
            services.AddDistributedRedisCache(options =>
            {
                options.Configuration = "localhost";
                options.InstanceName = "fdt";
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseRouting();
            app.UseEndpoints(endpoints => { endpoints.MapControllers(); });
            app.UseAuthentication();
            app.UseHttpsRedirection();
            app.UseIdentityServer();

            RegisterMongoClassMaps();
        }

        private static void RegisterMongoClassMaps()
        {
            BsonClassMap.RegisterClassMap<Client>(map =>
            {
                map.AutoMap();
                map.SetIdMember(map.GetMemberMap(c => c.ClientId).SetIdGenerator(StringObjectIdGenerator.Instance));
                map.SetIgnoreExtraElements(true);
            });
            BsonClassMap.RegisterClassMap<IdentityResource>(map =>
            {
                map.AutoMap();
                map.SetIgnoreExtraElements(true);
            });
            BsonClassMap.RegisterClassMap<ApiResource>(map =>
            {
                map.AutoMap();
                map.SetIgnoreExtraElements(true);
            });
            BsonClassMap.RegisterClassMap<PersistedGrant>(map =>
            {
                map.AutoMap();
                map.SetIgnoreExtraElements(true);
            });
        }
    }
}
