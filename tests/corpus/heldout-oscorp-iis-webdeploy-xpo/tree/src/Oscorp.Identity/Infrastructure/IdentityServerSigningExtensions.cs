using System.Security.Cryptography.X509Certificates;

namespace Oscorp.Identity.Infrastructure;

public static class IdentityServerSigningExtensions
{
    // Development: tempkey.jwk next to the project. Anywhere else: a certificate looked up
    // by issuer in the machine/user store, else loaded from the .pfx in Identity:Cert:Path.
    public static IIdentityServerBuilder AddSigningCertificate(
        this IIdentityServerBuilder builder,
        IHostEnvironment environment,
        IConfiguration configuration)
    {
        if (environment.IsDevelopment())
        {
            Serilog.Log.Information("Signing with the developer credential");
            return builder.AddDeveloperSigningCredential(persistKey: true);
        }

        var certificate = FindInStore(configuration["Identity:Cert:Issuer"], StoreLocation.LocalMachine)
            ?? FindInStore(configuration["Identity:Cert:Issuer"], StoreLocation.CurrentUser)
            ?? LoadFromFile(configuration["Identity:Cert:Path"], configuration["Identity:Cert:Secret"]);

        if (certificate is null)
        {
            Serilog.Log.Error("No signing certificate found; continuing without one");
            return builder;
        }

        return builder.AddSigningCredential(certificate);
    }

    private static X509Certificate2 FindInStore(string issuer, StoreLocation location)
    {
        using var store = new X509Store(StoreName.CertificateAuthority, location);
        store.Open(OpenFlags.ReadOnly);
        var found = store.Certificates.Find(X509FindType.FindByIssuerName, issuer, validOnly: true);
        return found.Count > 0 ? found[0] : null;
    }

    private static X509Certificate2 LoadFromFile(string path, string password)
    {
        try
        {
            return new X509Certificate2(path, password,
                X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.PersistKeySet);
        }
        catch (Exception ex)
        {
            Serilog.Log.Error(ex, "Could not load signing certificate {Path}", path);
            return null;
        }
    }
}
