using System;
using IdentityServer4;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Margie.Passport.Config
{
    public static class GoogleLogin
    {
        public static IServiceCollection AddGoogleLogin(this IServiceCollection services, IConfiguration configuration)
        {
            var google = configuration.GetSection("External:Google");

            services.AddAuthentication()
                .AddGoogle(options =>
                {
                    options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    options.ClientId = google["ClientId"] ?? throw new ArgumentNullException("External:Google:ClientId");
                    options.ClientSecret = google["ClientSecret"] ?? throw new ArgumentNullException("External:Google:ClientSecret");
                });

            return services;
        }
    }
}
