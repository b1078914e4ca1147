using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IdentityServer4.Models;
using Litware.Identity.Authorization.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Litware.Identity.Authorization.Seeders
{
    public interface ISeeder<out T>
    {
        IEnumerable<T> GetSeeds();
    }

    public interface ISeedService<in T>
    {
        // Inserts the document unless one with the same key already exists.
        Task Create(T item, CancellationToken cancellationToken = default);
    }

    public static class SeedRegistration
    {
        public static IIdentityServerBuilder SeedClients<TSeeder>(this IIdentityServerBuilder builder)
            where TSeeder : class, ISeeder<Client>
        {
            builder.Services.TryAddTransient<ISeedService<Client>, ClientService>();
            builder.Services.AddTransient<ISeeder<Client>, TSeeder>();
            return builder;
        }

        public static IIdentityServerBuilder SeedApiResources<TSeeder>(this IIdentityServerBuilder builder)
            where TSeeder : class, ISeeder<ApiResource>
        {
            builder.Services.TryAddTransient<ISeedService<ApiResource>, ResourceService<ApiResource>>();
            builder.Services.AddTransient<ISeeder<ApiResource>, TSeeder>();
            return builder;
        }

        public static IIdentityServerBuilder SeedApiScope<TSeeder>(this IIdentityServerBuilder builder)
            where TSeeder : class, ISeeder<ApiScope>
        {
            builder.Services.TryAddTransient<ISeedService<ApiScope>, ResourceService<ApiScope>>();
            builder.Services.AddTransient<ISeeder<ApiScope>, TSeeder>();
            return builder;
        }

        public static IIdentityServerBuilder SeedIdentityResource<TSeeder>(this IIdentityServerBuilder builder)
            where TSeeder : class, ISeeder<IdentityResource>
        {
            builder.Services.TryAddTransient<ISeedService<IdentityResource>, ResourceService<IdentityResource>>();
            builder.Services.AddTransient<ISeeder<IdentityResource>, TSeeder>();
            return builder;
        }
    }

    public static class SeedExtensions
    {
        public static async Task Seed<T>(this IServiceProvider services, CancellationToken ct = default)
            where T : class
        {
            using var scope = services.CreateScope();
            var seeds = scope.ServiceProvider.GetServices<ISeeder<T>>().SelectMany(s => s.GetSeeds()).ToList();
            if (!seeds.Any()) return;

            var writer = scope.ServiceProvider.GetRequiredService<ISeedService<T>>();
            foreach (var seed in seeds) await writer.Create(seed, ct);
        }

        // Called from each host's Main before RunAsync: writes seed documents to MongoDB.
        public static async Task Initialize(this IServiceProvider services, CancellationToken ct = default)
        {
            await services.Seed<Client>(ct);
            await services.Seed<ApiResource>(ct);
            await services.Seed<ApiScope>(ct);
            await services.Seed<IdentityResource>(ct);
        }

        public static async Task Initialize<TUser>(this IServiceProvider services, CancellationToken ct = default)
            where TUser : IdentityUser
        {
            await services.Seed<TUser>(ct);
        }
    }
}
