using System;
using System.Linq;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Munson.IdentityServer4.MongoDB.Interfaces;
using Munson.IdentityServer4.MongoDB.Mappers;
using Munson.Profile.Sts.Configuration;
using Munson.Profile.Sts.Models;

namespace Munson.Profile.Sts.Data.Seeding
{
    // Inserts reference documents into MongoDB when they are missing; there is no schema to migrate.
    public static class SeedMongoData
    {
        public static void Seed(IServiceScope scope)
        {
            var store = scope.ServiceProvider.GetRequiredService<IConfigurationDbContext>();

            if (!store.IdentityResources.Any())
            {
                store.AddIdentityResource(new IdentityResources.OpenId().ToEntity()).Wait();
                store.AddIdentityResource(new IdentityResources.Profile().ToEntity()).Wait();
                store.AddIdentityResource(new IdentityResources.Email().ToEntity()).Wait();
            }

            if (!store.ApiResources.Any())
            {
                foreach (var api in ApiResources.Get())
                {
                    store.AddApiResource(api.ToEntity()).Wait();
                }
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<ProfileUser>>();
            if (users.FindByNameAsync("sts_admin").Result == null)
            {
                var admin = new ProfileUser { UserName = "sts_admin", Email = "sts_admin@munson.test", EmailConfirmed = true };
                users.CreateAsync(admin, Environment.GetEnvironmentVariable("INIT_ADMIN_PWD") ?? string.Empty).Wait();
            }
        }
    }
}
