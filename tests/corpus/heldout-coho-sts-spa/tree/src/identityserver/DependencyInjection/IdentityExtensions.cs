using System;
using Coho.Sts.Admin.CellarNetOAuth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coho.Sts.Admin.DependencyInjection;

public static class IdentityExtensions
{
    /// <summary>
    /// ASP.NET Core Identity on EF, cookie policy, password rules and the external login providers.
    /// </summary>
    public static IServiceCollection AddIdentity<TIdentityDbContext, TUser, TRole>(this IServiceCollection services, IConfiguration configuration)
        where TIdentityDbContext : DbContext
        where TUser : class
        where TRole : class
    {
        services.AddIdentity<TUser, TRole>()
            .AddEntityFrameworkStores<TIdentityDbContext>()
            .AddDefaultTokenProviders();

        services.Configure<CookiePolicyOptions>(options =>
        {
            options.MinimumSameSitePolicy = SameSiteMode.Unspecified;
            options.Secure = CookieSecurePolicy.SameAsRequest;
        });

        services.Configure<IdentityOptions>(options =>
        {
            options.Password.RequiredLength = 8;
            options.SignIn.RequireConfirmedEmail = true;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.User.RequireUniqueEmail = true;
        });

        var authentication = services.AddAuthentication();
        if (HasCredentials(configuration, "GitHub"))
        {
            authentication.AddGitHub(options => options.ApplyProviderSettings(configuration, "GitHub"));
        }

        if (HasCredentials(configuration, "Weibo"))
        {
            authentication.AddWeibo(options => options.ApplyProviderSettings(configuration, "Weibo"));
        }

        if (HasCredentials(configuration, "CellarNet"))
        {
            authentication.AddCellarNet(options => options.ApplyProviderSettings(configuration, "CellarNet"));
        }

        services.AddAuthorization(options =>
            options.AddPolicy("Admin", policy => policy.RequireRole("Admin").RequireAuthenticatedUser()));

        return services;
    }

    private static bool HasCredentials(IConfiguration configuration, string scheme) =>
        !string.IsNullOrEmpty(configuration[$"OAuth:{scheme}:ClientId"])
        && !string.IsNullOrEmpty(configuration[$"OAuth:{scheme}:ClientSecret"]);

    private static void ApplyProviderSettings(this OAuthOptions options, IConfiguration configuration, string scheme)
    {
        options.ClientId = configuration[$"OAuth:{scheme}:ClientId"];
        options.ClientSecret = configuration[$"OAuth:{scheme}:ClientSecret"];
        options.SaveTokens = true;
        options.ReturnUrlParameter = "returnUrl";
    }
}
