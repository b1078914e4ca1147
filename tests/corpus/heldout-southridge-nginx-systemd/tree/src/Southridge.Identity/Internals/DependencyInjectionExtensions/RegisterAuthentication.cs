using System;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Southridge.Identity.Internals.Constants;

namespace Southridge.Identity.Internals.DependencyInjectionExtensions
{
    public static class RegisterAuthentication
    {
        public static IServiceCollection AddSouthridgeAuthentication(this IServiceCollection services)
        {
            // no external providers: every scheme is the Identity application cookie
            services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
                options.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            });

            services.ConfigureApplicationCookie(options =>
            {
                options.LoginPath = "/account/signin/index";
                options.Cookie.Name = SignInCookie.Name;
                options.Cookie.Domain = SignInCookie.Domain;
                options.Cookie.SecurePolicy = SignInCookie.SecurePolicy;
                options.Cookie.SameSite = SignInCookie.SameSite;
                options.ExpireTimeSpan = SignInCookie.Lifetime;
                options.SlidingExpiration = false;
            });

            // IdentityServer sets SameSite=None for front-channel logout; back-channel is used here
            services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.SameSite = SameSiteMode.Lax;
            });

            return services;
        }
    }
}
