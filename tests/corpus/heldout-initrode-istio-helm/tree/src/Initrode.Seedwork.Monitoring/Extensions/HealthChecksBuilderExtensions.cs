using System;

using Initrode.Seedwork.Monitoring.AppSettings;

using Microsoft.Extensions.DependencyInjection;

namespace Initrode.Seedwork.Monitoring.Extensions
{
    public static class HealthChecksBuilderExtensions
    {
        public static void AddAzureKeyVault(this IHealthChecksBuilder builder, IHasAzureKeyVaultAppSettings appSettings)
        {
            builder.AddAzureKeyVault(
                options =>
                {
                    options.UseKeyVaultUrl($"https://{appSettings.AzureKeyVault.Name}.vault.azure.net");
                    options.UseClientSecrets(appSettings.AzureKeyVault.ClientId, appSettings.AzureKeyVault.ClientSecret);
                },
                "azure-key-vault",
                tags: new[] { "akv" });
        }

        public static void AddSqlServer(this IHealthChecksBuilder builder, IHasSqlServerConnectionString connectionString)
        {
            builder.AddSqlServer(connectionString.SqlServer, name: "sql-server", tags: new[] { "sql" });
        }

        public static void AddRedis(this IHealthChecksBuilder builder, IHasRedisConnectionString connectionString)
        {
            builder.AddRedis(connectionString.Redis, "redis", tags: new[] { "cache" });
        }
    }
}
