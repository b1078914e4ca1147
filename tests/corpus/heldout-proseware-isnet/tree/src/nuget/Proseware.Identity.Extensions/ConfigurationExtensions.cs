using Microsoft.Extensions.Configuration;
using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Proseware.Identity.Extensions;

// Where the server keeps its local state: one root folder, "storage" below it.
static public class ConfigurationExtensions
{
    static public string StorageRootPath(this IConfiguration configuration)
        => !String.IsNullOrEmpty(configuration?["IdentityServer:StorageRootPath"])
            ? configuration["IdentityServer:StorageRootPath"]
            : RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                ? @"C:\apps\proseware-identity"
                : "/home/app/proseware-identity";

    static public string StoragePath(this IConfiguration configuration)
        => Path.Combine(configuration.StorageRootPath(), "storage");

    static public string SecretsVaultPath(this IConfiguration configuration)
        => Path.Combine(configuration.StoragePath(), "secretsvault");

    static public string ValidationCertsPath(this IConfiguration configuration)
        => Path.Combine(configuration.StoragePath(), "validation");

    static public string DataProtectionKeysPath(this IConfiguration configuration)
        => Path.Combine(configuration.StoragePath(), "dataprotection", "key");

    static public string AssetPath(this IConfiguration configuration, string path)
        => Path.IsPathRooted(path) || path.StartsWith("./")
            ? path
            : Path.Combine(configuration.StorageRootPath(), path ?? "");

    static public string StorageAssetPath(this IConfiguration configuration, string path)
        => Path.IsPathRooted(path) || path.StartsWith("./")
            ? path
            : Path.Combine(configuration.StoragePath(), path ?? "");
}
