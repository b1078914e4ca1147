using System;
using IdentityServer4.Services;
using IdentityServer4.Stores;
using VanArsdel.IdentityServer.Pipelines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;

namespace VanArsdel.IdentityServer
{
    public static class RepositoryStartup
    {
        public static IMongoDatabase AddMongoDatabase(this IServiceCollection services, IConfigurationRoot configuration)
        {
            var connectionString = configuration["DataBase:ConnectionString"];
            Console.WriteLine($"MongoDB at {connectionString}");
            var client = new MongoClient(connectionString);
            var database = client.GetDatabase(configuration["DataBase:Name"]);
            services.AddSingleton(database);

            return database;
        }

        public static void AddRepositories(this IServiceCollection services, IMongoDatabase database)
        {
            services.AddSingleton(database);
            services.AddSingleton<IProfileService, ProfileService>();
            services.AddSingleton<IResourceStore, ConfiguredResourceStore>();
        }
    }
}
