using Contoso.Data.Context;
using Jwks.Manager;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography.X509Certificates;

namespace Contoso.Sso.Configuration
{
    // Alternative signing-key sources selected by "SigningKey:Source".
    // Kept for operators who prefer a certificate; Startup does not call it.
    public static class CertificateLoader
    {
        public static IIdentityServerBuilder AddSigningKeyFromSettings(this IIdentityServerBuilder builder,
            IConfigurationSection section)
        {
            switch (section.GetValue<string>("Source"))
            {
                case "Ephemeral":
                    builder.AddDeveloperSigningCredential(false);
                    break;
                case "Pfx":
                    var path = section.GetValue<string>("Path");
                    var secret = section.GetValue<string>("Secret");
                    if (System.IO.File.Exists(path))
                        builder.AddSigningCredential(new X509Certificate2(path, secret));
                    break;
                case "Jwks":
                    builder.Services.AddJwksManager().IdentityServer4AutoJwksManager()
                        .PersistKeysToDatabaseStore<IdentityStoreContext>();
                    break;
            }
            return builder;
        }
    }
}
