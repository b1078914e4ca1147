using System;
using IdentityServer4.Configuration;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Litware.Identity.Authorization.Services;
using Litware.Identity.Common.Repositories;
using Litware.Identity.Users.Interactions.Infrastructure.Config;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoDB.Bson.Serialization;

namespace Litware.Identity.Authorization.Extensions
{
    public static class IdentityServerExtensions
    {
        public static IIdentityServerBuilder AddIdentityServerMongoDb(
            this IServiceCollection services,
            Action<IdentityServerOptions> configure = null,
            Func<IServiceProvider, ICorsPolicyService> corsPolicy = null)
        {
            var config = services.AddIdentityServerConfig();
            services.TryAddTransient(typeof(IIdentityRepository<>), typeof(IdentityMongoRepository<>));

            var provider = services.BuildServiceProvider();
            var openCors = new DefaultCorsPolicyService(provider.GetService<ILogger<DefaultCorsPolicyService>>())
            {
                AllowAll = true
            };
            services.AddSingleton(corsPolicy?.Invoke(provider) ?? openCors);

            return services
                .AddIdentityServer(options =>
                {
                    options.IssuerUri = config.Authority;

                    var interaction = provider
                        .GetRequiredService<IOptions<UserInteractionConfig>>()
                        .Value;

                    if (!string.IsNullOrWhiteSpace(interaction.Endpoints.LoginUrl))
                        options.UserInteraction.LoginUrl = interaction.Endpoints.LoginUrl;
                    if (!string.IsNullOrWhiteSpace(interaction.Endpoints.LogoutUrl))
                        options.UserInteraction.LogoutUrl = interaction.Endpoints.LogoutUrl;
                    options.UserInteraction.LoginReturnUrlParameter = "returnUrl";

                    configure?.Invoke(options);

                    options.Discovery.CustomEntries.Add("registration_endpoint", $"~{interaction.Endpoints.CreateUser}");
                })
                .AddMongoResourceStore()
                .AddMongoClientStore();
        }

        private static IIdentityServerBuilder AddMongoResourceStore(this IIdentityServerBuilder builder)
        {
            Map<IdentityResource>();
            Map<ApiResource>();
            Map<ApiScope>();
            builder.AddResourceStore<ResourceStore>();
            return builder;
        }

        private static IIdentityServerBuilder AddMongoClientStore(this IIdentityServerBuilder builder)
        {
            Map<Client>();
            builder.AddClientStore<ClientStore>();
            builder.Services.TryAddTransient<IClientService, ClientService>();
            return builder;
        }

        private static void Map<T>()
        {
            BsonClassMap.RegisterClassMap<T>(map =>
            {
                map.AutoMap();
                map.SetIgnoreExtraElements(true);
            });
        }

        // Grants and configuration caching go to Redis (IdentityServer4.Contrib.RedisStore).
        public static IIdentityServerBuilder AddRedisCache(this IIdentityServerBuilder builder)
        {
            var config = builder.Services.AddIdentityServerConfig();

            builder
                .AddOperationalStore(options =>
                {
                    options.RedisConnectionString = config.Redis.ConnectionString;
                    options.Db = config.Redis.Db;
                })
                .AddRedisCaching(options =>
                {
                    options.RedisConnectionString = config.Redis.ConnectionString;
                    options.KeyPrefix = config.Redis.Prefix;
                });

            return builder;
        }
    }
}
