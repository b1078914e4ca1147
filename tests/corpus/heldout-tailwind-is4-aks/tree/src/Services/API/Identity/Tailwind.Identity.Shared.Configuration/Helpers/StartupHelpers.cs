using System;
using Azure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tailwind.Identity.Shared.Configuration.Configuration.Common;

namespace Tailwind.Identity.Shared.Configuration.Helpers
{
    public static class StartupHelpers
    {
        public static void AddDataProtection<TDbContext>(this IServiceCollection services, IConfiguration configuration)
            where TDbContext : DbContext, IDataProtectionKeyContext
        {
            AddDataProtection<TDbContext>(
                services,
                configuration.GetSection(nameof(DataProtectionConfiguration)).Get<DataProtectionConfiguration>(),
                configuration.GetSection(nameof(AzureKeyVaultConfiguration)).Get<AzureKeyVaultConfiguration>());
        }

        public static void AddDataProtection<TDbContext>(this IServiceCollection services, DataProtectionConfiguration dataProtection, AzureKeyVaultConfiguration keyVault)
            where TDbContext : DbContext, IDataProtectionKeyContext
        {
            var keyRing = services.AddDataProtection()
                .SetApplicationName("Tailwind.Identity")
                .PersistKeysToDbContext<TDbContext>();

            if (dataProtection.ProtectKeysWithAzureKeyVault)
            {
                if (keyVault.UseClientCredentials)
                {
                    keyRing.ProtectKeysWithAzureKeyVault(
                        new Uri(keyVault.DataProtectionKeyIdentifier),
                        new ClientSecretCredential(keyVault.TenantId, keyVault.ClientId, keyVault.ClientSecret));
                }
                else
                {
                    keyRing.ProtectKeysWithAzureKeyVault(new Uri(keyVault.DataProtectionKeyIdentifier), new DefaultAzureCredential());
                }
            }
        }

        public static void AddAzureKeyVaultConfiguration(this IConfiguration configuration, IConfigurationBuilder builder)
        {
            var keyVault = configuration.GetSection(nameof(AzureKeyVaultConfiguration)).Get<AzureKeyVaultConfiguration>();

            if (keyVault != null && keyVault.ReadConfigurationFromKeyVault)
            {
                builder.AddAzureKeyVault(keyVault.AzureKeyVaultEndpoint, keyVault.ClientId, keyVault.ClientSecret);
            }
        }
    }
}
