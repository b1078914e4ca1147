using System;
using Microsoft.AspNetCore.Http;

namespace Southridge.Identity.Internals.Constants
{
    public static class SignInCookie
    {
        public const string Name = "southridge.sso";
        public static readonly string Domain = Config.GetApplicationDomain();
        public const CookieSecurePolicy SecurePolicy = CookieSecurePolicy.Always;
        public const SameSiteMode SameSite = SameSiteMode.Lax;
        public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    }
}
