using System.Runtime.InteropServices;
using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.Services;
using IdentityServer4.Test;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Serilog;

namespace Vandelay.Identity.Api.Extensions
{
    public static class IdentityServerBuilderExtensions
    {
        public static IIdentityServerBuilder AddTestUsersIfConfigured(this IIdentityServerBuilder builder, HostingOptions hostingOptions)
        {
            if (hostingOptions != null && hostingOptions.UseTestUsers)
            {
                builder.AddTestUsers(new System.Collections.Generic.List<TestUser>
                {
                    new TestUser { SubjectId = "1", Username = "kramer", Password = "kramer" }
                });
            }
            return builder;
        }

        public static IIdentityServerBuilder AddSigningCredentialAndValidationKeys(this IIdentityServerBuilder builder,
            SigningCertificateSettings settings, ICertificateService certificateService, ILogger logger)
        {
            if (settings.UseTemporarySigningCredential)
            {
                logger.Information("Signing with a temporary developer credential");
                builder.AddDeveloperSigningCredential();
                return builder;
            }

            builder.AddSigningCredential(certificateService.GetSigningCertificate(settings));

            // a second certificate may be published for validation while the primary is being replaced
            var isLinux = RuntimeInformation.IsOSPlatform(OSPlatform.Linux);
            var hasSecondary = isLinux
                ? !string.IsNullOrEmpty(settings.SecondaryCertificatePath)
                : !string.IsNullOrEmpty(settings.SecondaryCertificateThumbprint);
            if (hasSecondary)
            {
                builder.AddValidationKeys(new X509SecurityKey(certificateService.GetSigningCertificate(settings, isPrimary: false)));
            }

            return builder;
        }
    }
}
