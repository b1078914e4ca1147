using System;
using System.Collections.Generic;
using IdentityServer4;
using IdentityServer4.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Munson.Profile.Sts.Models;
using Munson.Profile.Sts.Services;
using MongoIdentity = Munson.AspNetCore.Identity.MongoDB;

namespace Munson.Profile.Sts
{
    public static class ServiceExtensions
    {
        // Builds the Mongo connection string from the template in appsettings and DB_* variables.
        public static Tuple<string, IConfigurationSection> BuildMongoSection(IConfiguration configuration)
        {
            var dbHost = Environment.GetEnvironmentVariable("DB_HOST") ?? string.Empty;
            var dbReplica = Environment.GetEnvironmentVariable("DB_REPLICA") ?? string.Empty;
            var dbUser = Environment.GetEnvironmentVariable("DB_USER") ?? string.Empty;
            var dbPwd = Environment.GetEnvironmentVariable("DB_PWD") ?? string.Empty;

            var mongo = configuration.GetSection("MongoDB");
            var connection = mongo.GetValue<string>("ConnectionString");
            if (!string.IsNullOrEmpty(dbHost))
            {
                if (!string.IsNullOrEmpty(dbUser) && !string.IsNullOrEmpty(dbPwd))
                {
                    dbHost = $"{dbUser}:{dbPwd}@{dbHost}";
                }
                connection = string.Format(connection, dbHost);
            }
            if (!string.IsNullOrEmpty(dbReplica))
            {
                connection += $"?{dbReplica}";
            }

            var section = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string>
                {
                    { "MongoDB:ConnectionString", connection },
                    { "MongoDB:Database", mongo.GetValue<string>("Database") }
                })
                .Build()
                .GetSection("MongoDB");

            return Tuple.Create(connection + "/" + mongo.GetValue<string>("Database"), section);
        }

        public static IServiceCollection AddProfileIdentityServer(this IServiceCollection services, IConfiguration configuration)
        {
            var mongo = BuildMongoSection(configuration);

            services.AddTransient<IProfileService, ProfileClaimsService>();

            services.AddIdentityWithMongoStoresUsingCustomTypes<ProfileUser, MongoIdentity.IdentityRole>(mongo.Item1)
                    .AddDefaultTokenProviders();

            services.AddIdentityServer(options =>
                {
                    options.Events.RaiseSuccessEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseErrorEvents = true;
                    options.Authentication.CookieLifetime = TimeSpan.FromHours(24);
                    options.Authentication.CookieSlidingExpiration = false;
                })
                .AddConfigurationStore(mongo.Item2)
                .AddOperationalStore(mongo.Item2)
                .AddDeveloperSigningCredential(false)
                .AddJwtBearerClientAuthentication()
                .AddProfileService<ProfileClaimsService>()
                .AddAspNetIdentity<ProfileUser>();

            return services;
        }

        public static IServiceCollection AddExternalLogins(this IServiceCollection services, IConfiguration configuration)
        {
            // keeps the OpenID Connect state in the IDistributedCache
            services.AddOidcStateDataFormatterCache();

            var external = configuration.GetSection("Authentication");

            services.AddAuthentication()
                .AddGoogle("Google", options =>
                {
                    options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    options.ClientId = external["Google:ClientId"];
                    options.ClientSecret = external["Google:ClientSecret"];
                })
                .AddMicrosoftAccount(options =>
                {
                    options.ClientId = external["Microsoft:ApplicationId"];
                    options.ClientSecret = external["Microsoft:Password"];
                });

            return services;
        }
    }
}
