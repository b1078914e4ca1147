using IdentityServer4;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace VanArsdel.Identity.Startup
{
    public static class ExternalAuthStartup
    {
        public static void AddExternalAuth(this AuthenticationBuilder builder, IConfiguration configuration)
        {
            AddGoogleIfConfigured(builder, configuration);
            AddFacebookIfConfigured(builder, configuration);
        }

        private static void AddGoogleIfConfigured(AuthenticationBuilder builder, IConfiguration configuration)
        {
            if (configuration["Identity:External:Google:AppId"] == null)
            {
                return;
            }

            builder.AddGoogle("Google", options =>
            {
                options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                options.ClientId = configuration["Identity:External:Google:AppId"];
                options.ClientSecret = configuration["Identity:External:Google:AppSecret"];
            });
        }

        private static void AddFacebookIfConfigured(AuthenticationBuilder builder, IConfiguration configuration)
        {
            if (configuration["Identity:External:Facebook:AppId"] == null)
            {
                return;
            }

            builder.AddFacebook("Facebook", options =>
            {
                options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                options.AppId = configuration["Identity:External:Facebook:AppId"];
                options.AppSecret = configuration["Identity:External:Facebook:AppSecret"];
            });
        }
    }
}
