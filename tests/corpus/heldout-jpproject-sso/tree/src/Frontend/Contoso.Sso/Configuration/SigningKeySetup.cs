using Contoso.Data.Context;
using Jwks.Manager;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Sso.Configuration
{
    public static class SigningKeySetup
    {
        // Both the ASP.NET Core key ring and the token-signing keys are kept in the
        // shared database, so a second container neither breaks cookies nor changes the JWKS.
        public static IIdentityServerBuilder AddSharedKeyMaterial(this IIdentityServerBuilder builder)
        {
            builder.Services
                .AddDataProtection()
                .SetApplicationName("contoso-sso")
                .PersistKeysToDbContext<IdentityStoreContext>();

            // PS256 rather than ES256: several relying parties cannot verify EC signatures yet.
            builder.Services
                .AddJwksManager(o => o.Algorithm = Algorithm.PS256)
                .IdentityServer4AutoJwksManager()
                .PersistKeysToDatabaseStore<IdentityStoreContext>();

            return builder;
        }
    }
}
