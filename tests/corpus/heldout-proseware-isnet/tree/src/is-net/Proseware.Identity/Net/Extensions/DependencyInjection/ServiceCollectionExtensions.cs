using Proseware.Identity.Abstractions.DbContext;
using Proseware.Identity.Reflection;
using Proseware.Identity.Services.DbContext;
using Proseware.Identity.Services.SigningCredential;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Proseware.Identity.Extensions.DependencyInjection;

static public class ServiceCollectionExtensions
{
    static public IServiceCollection AddSigningCredentialCertificateStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<ICertificateFactory, CertificateFactory>();

        if (String.IsNullOrEmpty(configuration.ValidationCertsPath()))
        {
            // keys only in memory: development only
            services.AddSingleton<ISigningCredentialCertificateStorage, SigningCredentialCertificateInMemoryStorage>();
        }
        else
        {
            services.Configure<SigningCredentialCertificateStorageOptions>(storageOptions =>
            {
                storageOptions.Storage = configuration.ValidationCertsPath();
                storageOptions.CertPassword = configuration["IdentityServer:SigningCredential:CertPassword"] ?? "Proseware-Cert-Pa55";
            });
            services.AddTransient<ISigningCredentialCertificateStorage, SigningCredentialCertificateFileSystemStorage>();
        }

        return services;
    }

    static public IServiceCollection AddServicesFromConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSecretsVaultDbContext<FileBlobSecretsVaultDb>(options =>
        {
            options.ConnectionString = configuration.SecretsVaultPath();
        });

        return services;
    }

    static public IServiceCollection AddFallbackServices(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("IdentityServer");

        // users, roles, clients and resources: LiteDb or files when a connection string is set, else memory
        if (!String.IsNullOrEmpty(section["ConnectionStrings:LiteDb"]))
        {
            services.AddUserDbContext<LiteDbUserDb>(o => o.ConnectionString = configuration.AssetPath(section["ConnectionStrings:LiteDb"]));
            services.AddClientDbContext<LiteDbClientDb>(o => o.ConnectionString = configuration.AssetPath(section["ConnectionStrings:LiteDb"]));
            services.AddResourceDbContext<LiteDbResourceDb>(o => o.ConnectionString = configuration.AssetPath(section["ConnectionStrings:LiteDb"]));
        }
        else if (!String.IsNullOrEmpty(section["ConnectionStrings:FilesDb"]))
        {
            services.AddUserDbContext<FileBlobUserDb>(o => o.ConnectionString = Path.Combine(configuration.StorageAssetPath(section["ConnectionStrings:FilesDb"]), "users"));
            services.AddClientDbContext<FileBlobClientDb>(o => o.ConnectionString = Path.Combine(configuration.StorageAssetPath(section["ConnectionStrings:FilesDb"]), "clients"));
            services.AddResourceDbContext<FileBlobResourceDb>(o => o.ConnectionString = Path.Combine(configuration.StorageAssetPath(section["ConnectionStrings:FilesDb"]), "resources"));
        }
        else
        {
            services.AddUserDbContext<InMemoryUserDb>();
            services.AddClientDbContext<InMemoryClientDb>();
            services.AddResourceDbContext<InMemoryResourceDb>();
        }

        return services;
    }

    static public IServiceCollection ConfigureCustomStartup(
            this IServiceCollection services,
            IConfiguration configuration,
            IIdentityServerBuilder identityServerBuilder)
    {
        string assemblyName = configuration["IdentityServer:AssemblyName"] ?? "Proseware.Identity.ServerExtension.Default";
        var assembly = Assembly.LoadFrom($"{Path.GetDirectoryName(Assembly.GetEntryAssembly().Location)}/{assemblyName}.dll");

        foreach (var type in assembly.GetTypes()
                                     .Where(t => t.GetCustomAttribute<IdentityServerStartupAttribute>() != null))
        {
            if (Activator.CreateInstance(type) is IIdentityServerStartup startup)
            {
                startup.ConfigureServices(services, configuration, identityServerBuilder);
            }
        }

        return services;
    }
}
