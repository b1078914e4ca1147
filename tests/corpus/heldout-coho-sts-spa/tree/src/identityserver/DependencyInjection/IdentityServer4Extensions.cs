using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Coho.Sts.Admin.Configuration;
using Coho.Sts.Admin.IdentityServerExtension;
using IdentityServer4;
using IdentityServer4.EntityFramework.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coho.Sts.Admin.DependencyInjection;

public static class IdentityServer4Extensions
{
    /// <summary>
    /// IdentityServer4 with EF stores; the login, consent and error pages live in the SPA.
    /// </summary>
    public static void AddIdentityServer4<TConfigurationDbContext, TPersistedGrantDbContext, TUser>(this IServiceCollection services, IConfiguration configuration)
        where TConfigurationDbContext : DbContext, IConfigurationDbContext
        where TPersistedGrantDbContext : DbContext, IPersistedGrantDbContext
        where TUser : class
    {
        var spaBaseUrl = configuration.GetSection("FrontendBaseUrl").Value;
        var issuerUri = configuration.GetSection("IssuerUri").Value;

        services.AddIdentityServer(options =>
            {
                if (!string.IsNullOrEmpty(issuerUri))
                {
                    options.IssuerUri = issuerUri;
                }

                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                options.UserInteraction.LoginUrl = $"{spaBaseUrl}/signIn";
                options.UserInteraction.LoginReturnUrlParameter = "returnUrl";
                options.UserInteraction.LogoutUrl = $"{spaBaseUrl}/logout";
                options.UserInteraction.ConsentUrl = $"{spaBaseUrl}/consent";
                options.UserInteraction.ErrorUrl = $"{spaBaseUrl}/error";
            })
            .AddConfigurationStore<TConfigurationDbContext>()
            .AddOperationalStore<TPersistedGrantDbContext>()
            .AddAspNetIdentity<TUser>()
            .AddProfileService<UserProfile>()
            .AddSigningCredentialFromSettings(configuration)
            .AddValidationKeyFromSettings(configuration)
            .AddExtensionGrantValidator<DelegationGrantValidator>();
        //.AddConfigurationStoreCache();
    }

    private static IIdentityServerBuilder AddSigningCredentialFromSettings(this IIdentityServerBuilder builder, IConfiguration configuration)
    {
        var certificates = configuration.GetSection("CertificateConfiguration").Get<CertificateOption>();

        if (certificates.UseTemporarySigningKeyForDevelopment)
        {
            builder.AddDeveloperSigningCredential(signingAlgorithm: IdentityServerConstants.RsaSigningAlgorithm.RS256);
        }
        else if (certificates.UseSigningCertificatePfxFile)
        {
            if (!File.Exists(certificates.SigningCertificatePfxFilePath))
            {
                throw new FileNotFoundException("signing certificate not found", certificates.SigningCertificatePfxFilePath);
            }

            builder.AddSigningCredential(new X509Certificate2(certificates.SigningCertificatePfxFilePath, certificates.SigningCertificatePfxFilePassword));
        }
        else
        {
            throw new InvalidOperationException("CertificateConfiguration selects no signing credential");
        }

        return builder;
    }

    private static IIdentityServerBuilder AddValidationKeyFromSettings(this IIdentityServerBuilder builder, IConfiguration configuration)
    {
        var certificates = configuration.GetSection("CertificateConfiguration").Get<CertificateOption>();

        if (certificates.UseValidationCertificatePfxFile)
        {
            if (!File.Exists(certificates.ValidationCertificatePfxFilePath))
            {
                throw new FileNotFoundException("validation certificate not found", certificates.ValidationCertificatePfxFilePath);
            }

            builder.AddValidationKey(new X509Certificate2(certificates.ValidationCertificatePfxFilePath, certificates.ValidationCertificatePfxFilePassword));
        }

        return builder;
    }
}
