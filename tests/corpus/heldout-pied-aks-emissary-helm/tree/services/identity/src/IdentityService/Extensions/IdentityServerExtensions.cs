using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Common.Library.Settings;
using Duende.IdentityServer.Models;
using IdentityService.Entities;
using IdentityService.Settings;

namespace IdentityService.Extensions;

public static class IdentityServerExtensions
{
    public static IServiceCollection AddPiedPosIdentityServer(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        var idp = configuration
            .GetRequiredSection("IdentityServerSettings")
            .Get<IdentityServerSettings>()
            ?? throw new InvalidOperationException("IdentityServerSettings configuration is missing.");

        // Replace the tenant client's secret when one is supplied outside appsettings (user-secrets / Key Vault)
        var tenantClientId = configuration["TenantService:ClientId"];
        var tenantClientSecret = configuration["TenantService:ClientSecret"];
        if (!string.IsNullOrWhiteSpace(tenantClientId) && !string.IsNullOrWhiteSpace(tenantClientSecret))
        {
            var tenantClient = idp.Clients.FirstOrDefault(c => string.Equals(c.ClientId, tenantClientId, StringComparison.Ordinal));
            if (tenantClient is not null)
            {
                tenantClient.ClientSecrets = new List<Secret> { new Secret(Sha256Base64(tenantClientSecret)) };
            }
        }

        var isBuilder = services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseSuccessEvents = true;
                // one aud per API resource (e.g. "Tenant")
                options.EmitStaticAudienceClaim = false;

                var serviceSettings = configuration.GetSection("ServiceSettings").Get<ServiceSettings>();
                if (serviceSettings?.Authority != null)
                {
                    options.IssuerUri = serviceSettings.Authority;
                }

                options.Authentication.CookieSameSiteMode = SameSiteMode.Lax;

                // automatic key management writes its keys next to the binaries
                var keyPath = Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)
                              ?? throw new InvalidOperationException("Unable to resolve key path for IdentityServer.");
                options.KeyManagement.KeyPath = keyPath;
            })
            .AddAspNetIdentity<ApplicationUser>()
            .AddInMemoryIdentityResources(idp.IdentityResources)
            .AddInMemoryApiScopes(idp.ApiScopes)
            .AddInMemoryApiResources(idp.ApiResources)
            .AddInMemoryClients(idp.Clients)
            .AddProfileService<Services.TenantProfileService>();

        if (environment.IsDevelopment())
        {
            isBuilder.AddDeveloperSigningCredential();
        }
        else
        {
            var identitySettings = configuration
                .GetRequiredSection(nameof(IdentitySettings))
                .Get<IdentitySettings>()
                ?? throw new InvalidOperationException("IdentitySettings configuration is missing.");

            if (string.IsNullOrWhiteSpace(identitySettings.CertificateCerFilePath) ||
                string.IsNullOrWhiteSpace(identitySettings.CertificateKeyFilePath))
            {
                throw new InvalidOperationException("Certificate paths must be provided in IdentitySettings outside Development.");
            }

            if (!File.Exists(identitySettings.CertificateCerFilePath) ||
                !File.Exists(identitySettings.CertificateKeyFilePath))
            {
                throw new FileNotFoundException("Identity signing certificate file not found.");
            }

            // PEM pair mounted from the cert-manager secret "signing-cert"
            var certificate = X509Certificate2.CreateFromPemFile(
                identitySettings.CertificateCerFilePath,
                identitySettings.CertificateKeyFilePath);

            isBuilder.AddSigningCredential(certificate);
        }

        return services;
    }

    private static string Sha256Base64(string secret)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return Convert.ToBase64String(hash);
    }
}
