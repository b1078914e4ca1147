#nullable disable

using System.ComponentModel.DataAnnotations;

using IdentityServer4.Models;

namespace Initrode.Seedwork.Monitoring.AppSettings
{
    public interface IHasApiResourceAppSettings
    {
        ApiResource ApiResource { get; set; }
    }

    public interface IHasAzureKeyVaultAppSettings
    {
        AzureKeyVaultOptions AzureKeyVault { get; set; }
    }

    public interface IHasSqlServerConnectionString
    {
        string SqlServer { get; set; }
    }

    public interface IHasRedisConnectionString
    {
        string Redis { get; set; }
    }

    public class AuthorityOptions
    {
        [Required]
        public string PrivateUrl { get; set; }

        [Required]
        public string PublicUrl { get; set; }
    }

    public class AzureKeyVaultOptions
    {
        [Required]
        public string Name { get; set; }

        [Required]
        public string ClientId { get; set; }

        [Required]
        public string ClientSecret { get; set; }
    }
}
