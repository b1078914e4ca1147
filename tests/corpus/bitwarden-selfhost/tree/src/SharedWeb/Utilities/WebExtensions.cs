using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Vault.SharedWeb.Utilities;

public static class WebExtensions
{
    public static IIdentityServerBuilder AddVaultSigningCertificate(this IIdentityServerBuilder builder, IWebHostEnvironment env, VaultSettings settings)
    {
        var certificate = CertificateLoader.FromSettings(settings.IdentityServer);
        if (certificate != null)
        {
            builder.AddSigningCredential(certificate);
        }
        else if (env.IsDevelopment())
        {
            builder.AddDeveloperSigningCredential(false);
        }
        else
        {
            throw new InvalidOperationException("No signing certificate configured.");
        }
        return builder;
    }

    // Same name as the framework's extension, different receiver arguments: trusts the nginx container.
    public static void UseForwardedHeaders(this IApplicationBuilder app, VaultSettings settings)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        };
        var nginx = Dns.GetHostEntry("nginx").AddressList.FirstOrDefault();
        if (nginx != null)
        {
            options.KnownProxies.Add(nginx);
        }
        app.UseForwardedHeaders(options);
    }
}
