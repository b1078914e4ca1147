using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Sso.Configuration
{
    public static class ExternalLogins
    {
        public static IServiceCollection AddExternalLogins(this IServiceCollection services, IConfiguration config)
        {
            var auth = services.AddAuthentication();
            var google = config.GetSection("Federation:Google");
            if (google.Exists())
            {
                auth.AddGoogle("Google", o =>
                {
                    o.SignInScheme = IdentityConstants.ExternalScheme;
                    o.ClientId = google["ClientId"];
                    o.ClientSecret = google["ClientSecret"];
                });
            }
            return services;
        }
    }
}
