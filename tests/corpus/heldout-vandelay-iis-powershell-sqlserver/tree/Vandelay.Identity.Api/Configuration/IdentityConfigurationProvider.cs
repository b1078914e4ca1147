using System.Runtime.InteropServices;
using Vandelay.Identity.Api.Services;
using Microsoft.Extensions.Configuration;

namespace Vandelay.Identity.Api.Configuration
{
    public class IdentityConfigurationProvider
    {
        private readonly IConfiguration _configuration;

        public IdentityConfigurationProvider(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public static ICertificateService MakeCertificateService()
        {
            return RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
                ? (ICertificateService)new LinuxCertificateService()
                : new WindowsCertificateService();
        }

        public IAppConfiguration GetAppConfiguration(DecryptionService decryptionService)
        {
            var appConfig = new AppConfiguration();
            _configuration.Bind(appConfig);

            // values written by the installer carry the "!!enc!!:" prefix and are RSA-encrypted
            // with the encryption certificate from the LocalMachine\My store
            if (appConfig.IdentityServerConfidentialClientSettings != null)
            {
                appConfig.IdentityServerConfidentialClientSettings.ClientSecret = decryptionService.DecryptString(
                    appConfig.IdentityServerConfidentialClientSettings.ClientSecret, appConfig.SigningCertificateSettings);
            }

            if (appConfig.AzureActiveDirectorySettings?.ClientSecret != null)
            {
                appConfig.AzureActiveDirectorySettings.ClientSecret = decryptionService.DecryptString(
                    appConfig.AzureActiveDirectorySettings.ClientSecret, appConfig.SigningCertificateSettings);
            }

            return appConfig;
        }
    }
}
