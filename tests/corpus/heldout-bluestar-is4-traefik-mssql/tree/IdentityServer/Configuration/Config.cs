using NetEscapades.Configuration.Validation;
using System.ComponentModel.DataAnnotations;

namespace Configuration
{
    // Bound from the "App" section (appsettings*.json, App__* environment variables).
    public class Config : IValidatable
    {
        public SelfConfig Self { get; set; }

        public ApiConfig Api { get; set; }

        public FrontendConfig Frontend { get; set; }

        public SwaggerConfig Swagger { get; set; }

        public CampusOidcConfig CampusOidc { get; set; }

        public SchedulerConfig Scheduler { get; set; }

        public ApiAuthenticationConfig ApiAuthentication { get; set; }

        public void Validate()
        {
            Validator.ValidateObject(Self, new ValidationContext(Self), true);
            Validator.ValidateObject(Api, new ValidationContext(Api), true);
            Validator.ValidateObject(CampusOidc, new ValidationContext(CampusOidc), true);
        }

        public class SelfConfig
        {
            [Required]
            [Url]
            public string JwtAuthority { get; set; }

            [Range(0, int.MaxValue)]
            public int DeleteTokenLifeTimeInDays { get; set; }

            public string IssuerUri { get; set; }

            public string PublicOrigin { get; set; }
        }

        public class ApiConfig
        {
            [Required]
            [Url]
            public string BluestarApiUrl { get; set; }

            [Required]
            public string ClientId { get; set; }

            [Required]
            public string ClientSecret { get; set; }
        }

        public class FrontendConfig
        {
            public string RedirectUriFrontend { get; set; }

            public string RefreshUriFrontend { get; set; }

            public string RedirectUriPostman { get; set; }

            public string PostLogoutUriFrontend { get; set; }

            public string ClientId { get; set; }

            public string ClientSecret { get; set; }
        }

        public class SwaggerConfig
        {
            public string RedirectUrisSwagger { get; set; }

            public string PostLogoutUrisSwagger { get; set; }
        }

        public class CampusOidcConfig
        {
            [Required]
            [Url]
            public string Authority { get; set; }

            [Required]
            public string ClientId { get; set; }

            [Required]
            public string ClientSecret { get; set; }

            [Required]
            public string Scopes { get; set; }

            [Required]
            [Url]
            public string RedirectUri { get; set; }
        }
    }

    public class SchedulerConfig
    {
        [Required]
        public string ClientId { get; set; }

        [Required]
        public string ClientSecret { get; set; }
    }

    public class ApiAuthenticationConfig
    {
        [Required]
        public string ClientId { get; set; }

        [Required]
        public string ClientSecret { get; set; }
    }
}
