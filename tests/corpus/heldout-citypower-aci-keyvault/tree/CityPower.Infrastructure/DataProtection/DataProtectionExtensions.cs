using System;
using Azure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace CityPower.Infrastructure.DataProtection
{
    /// <summary>
    /// Data Protection set-up shared by the three services: keys in SQL Server,
    /// wrapped with a Key Vault key.
    /// </summary>
    public static class DataProtectionExtensions
    {
        public static void AddSqlServerDataProtectionForPortal(this IServiceCollection services, IConfiguration configuration)
        {
            var settings = ReadSettings(configuration);

            services.AddDbContext<PortalDataProtectionContext>(options =>
                options.UseSqlServer(settings.ConnectionString));

            services.AddDataProtection()
                .PersistKeysToDbContext<PortalDataProtectionContext>()
                .ProtectKeysWithAzureKeyVault(new Uri(settings.KeyUrl),
                    new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.Secret));
        }

        public static void AddSqlServerDataProtectionForIdentityService(this IServiceCollection services, IConfiguration configuration)
        {
            var settings = ReadSettings(configuration);
            Log.Information("Data Protection for IdentityService: SQL Server key store, Key Vault key {KeyUrl}", settings.KeyUrl);

            services.AddDbContext<IdentityServiceDataProtectionContext>(options =>
                options.UseSqlServer(settings.ConnectionString));

            services.AddDataProtection()
                .PersistKeysToDbContext<IdentityServiceDataProtectionContext>()
                .ProtectKeysWithAzureKeyVault(new Uri(settings.KeyUrl),
                    new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.Secret));
        }

        public static void AddSqlServerDataProtectionForBillingApi(this IServiceCollection services, IConfiguration configuration)
        {
            var settings = ReadSettings(configuration);

            services.AddDbContext<BillingApiDataProtectionContext>(options =>
                options.UseSqlServer(settings.ConnectionString));

            services.AddDataProtection()
                .PersistKeysToDbContext<BillingApiDataProtectionContext>()
                .ProtectKeysWithAzureKeyVault(new Uri(settings.KeyUrl),
                    new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.Secret));
        }

        private static Settings ReadSettings(IConfiguration configuration)
        {
            var settings = new Settings(
                connectionString: configuration.GetConnectionString("ConnectionString") ?? "",
                keyUrl: configuration["DataProtection:EncryptionKeyUrl"] ?? "",
                tenantId: configuration["Vault:TenantId"] ?? "",
                clientId: configuration["Vault:ClientId"] ?? "",
                secret: configuration["Vault:Secret"] ?? "");

            if (settings.ConnectionString.Length == 0 || settings.KeyUrl.Length == 0 ||
                settings.ClientId.Length == 0 || settings.Secret.Length == 0)
            {
                throw new InvalidOperationException("Data Protection settings are incomplete");
            }

            return settings;
        }

        private sealed class Settings
        {
            public Settings(string connectionString, string keyUrl, string tenantId, string clientId, string secret)
            {
                ConnectionString = connectionString;
                KeyUrl = keyUrl;
                TenantId = tenantId;
                ClientId = clientId;
                Secret = secret;
            }

            public string ConnectionString { get; }
            public string KeyUrl { get; }
            public string TenantId { get; }
            public string ClientId { get; }
            public string Secret { get; }
        }
    }
}
