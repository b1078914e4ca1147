using Consolidated.IdentityServer.Constants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Google;

namespace Consolidated.IdentityServer.Security.Authentication.External.Extensions;

public static class GoogleAuthenticationExtensions
{
    public static AuthenticationBuilder AddGoogle(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        return builder.AddGoogle(GoogleDefaults.AuthenticationScheme, o =>
        {
            o.SignInScheme = "Identity.External";

            // The client id is in appsettings.json; the secret comes from user secrets or Key Vault.
            o.ClientId = configuration[ConfigurationKeys.GoogleClientId] ?? string.Empty;
            o.ClientSecret = configuration[ConfigurationKeys.GoogleClientSecret] ?? string.Empty;

            o.SaveTokens = true;
        });
    }
}
