using System.Collections.Generic;
using Pawnee.Common.Models;
using Pawnee.Common.Options;

namespace Pawnee.Infrastructure.Stores
{
    // The first-party clients every stack serves, one location per host name.
    public static class BuiltInApplications
    {
        private const string AppHost = "app.pawneeparks.io";
        private const string ApiHost = "api.pawneeparks.io";

        private static readonly List<string> FirstPartyScopes = new List<string>
        {
            "profile", "email", "pawnee.api", "pawnee", "pawnee.permits",
        };

        public static List<ApplicationModel> Get(EnvironmentInfo env)
        {
            return new List<ApplicationModel>
            {
                new ApplicationModel
                {
                    Id = "pawnee-web",
                    Name = "Pawnee Parks web app",
                    AllowOffline = true,
                    RequireConsent = false,
                    AllowedGrantTypes = new List<string> { "implicit", "password", "client_credentials" },
                    AllowedScopes = FirstPartyScopes,
                    Locations = new List<ApplicationLocationModel>
                    {
                        Location("web-stack", $"https://{env.Stack}.{AppHost}", "/signin-oidc", AppHost, env),
                        Location("web-main", $"https://{AppHost}", "/signin-oidc", AppHost, env),
                    },
                },
                new ApplicationModel
                {
                    Id = "pawnee-spa",
                    Name = "Pawnee Parks single-page app",
                    AllowOffline = true,
                    RequireConsent = false,
                    AllowedScopes = FirstPartyScopes,
                    LogoutUrl = $"https://{ApiHost}/signout-oidc",
                    Locations = new List<ApplicationLocationModel>
                    {
                        Location("spa-stack", $"https://{env.Stack}.{ApiHost}", "/#/callback", ApiHost, env),
                        Location("spa-main", $"https://{ApiHost}", "/#/callback", ApiHost, env),
                    },
                },
            };
        }

        private static ApplicationLocationModel Location(string id, string origin, string redirectPath, string host, EnvironmentInfo env) =>
            new ApplicationLocationModel
            {
                Id = id,
                Origin = origin,
                AllowedRedirectPaths = new List<string> { redirectPath, "/silentRenew.html" },
                PostLogoutRedirects = new List<string>
                {
                    $"https://{host}/signout-callback-oidc",
                    $"https://{env.Stack}.{host}/signout-callback-oidc",
                },
            };
    }
}
