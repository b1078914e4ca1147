using System;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;

namespace Coho.Sts.Admin.CellarNetOAuth;

/// <summary>
/// OAuth 2.0 login with CellarNet, the growers' portal.
/// </summary>
public static class CellarNetAuthenticationExtensions
{
    public const string Scheme = "CellarNet";

    public static AuthenticationBuilder AddCellarNet(this AuthenticationBuilder builder, Action<OAuthOptions> configure) =>
        builder.AddOAuth(Scheme, "CellarNet", options =>
        {
            options.AuthorizationEndpoint = "https://login.cellarnet.cohowinery.net/oauth/authorize";
            options.TokenEndpoint = "https://login.cellarnet.cohowinery.net/oauth/token";
            options.UserInformationEndpoint = "https://login.cellarnet.cohowinery.net/oauth/me";
            options.CallbackPath = new PathString("/signin-cellarnet");
            configure(options);
        });
}
