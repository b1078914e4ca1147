#nullable disable

using System.ComponentModel.DataAnnotations;

using IdentityServer4.Models;

using Initrode.Seedwork.Monitoring.AppSettings;

namespace Initrode.Identity.Api.Infrastructure
{
    // Bound from the whole configuration (environment variables from the Helm ConfigMap, then Key Vault).
    public class IdentityAppSettings : IHasAzureKeyVaultAppSettings, IHasApiResourceAppSettings
    {
        [Required]
        public IdentityServerUrls IdentityServer { get; set; }

        [Required]
        public ConnectionStrings ConnectionStrings { get; set; }

        [Required]
        public ApiResource ApiResource { get; set; }

        [Required]
        public AuthorityOptions Authority { get; set; }

        [Required]
        public AzureKeyVaultOptions AzureKeyVault { get; set; }
    }

    public class ConnectionStrings : IHasSqlServerConnectionString, IHasRedisConnectionString
    {
        [Required]
        public string Redis { get; set; }

        [Required]
        public string SqlServer { get; set; }
    }

    public class IdentityServerUrls
    {
        public string IdentityUrl { get; set; }

        public string CashierUrl { get; set; }

        public WebUrls Web { get; set; }
    }

    public class WebUrls
    {
        [Required]
        public string SpaUrl { get; set; }
    }
}
