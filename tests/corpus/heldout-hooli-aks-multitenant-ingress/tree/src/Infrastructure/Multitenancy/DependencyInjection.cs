using Finbuckle.MultiTenant;
using Finbuckle.MultiTenant.Stores;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hooli.Infrastructure.Multitenancy;

public class HooliTenant : ITenantInfo
{
    public string? Id { get; set; }

    public string? Identifier { get; set; }

    public string? Name { get; set; }

    public string? ConnectionString { get; set; }

    public string? ApplicationConnectionString { get; set; }
}

public class TenantStoreDbContext : EFCoreStoreDbContext<HooliTenant>
{
    public TenantStoreDbContext(DbContextOptions<TenantStoreDbContext> options)
        : base(options)
    {
    }
}

public static class DependencyInjection
{
    // each tenant is served under its own path: /{tenant}/connect/token, /{tenant}/.well-known/...
    public static IServiceCollection AddSsoMultitenancy(this IServiceCollection services)
    {
        services.AddMultiTenant<HooliTenant>()
            .WithBasePathStrategy(options => options.RebaseAspNetCorePathBase = true)
            .WithEFCoreStore<TenantStoreDbContext, HooliTenant>()
            .WithPerTenantAuthentication()
            .WithPerTenantOptions<CookieAuthenticationOptions>((o, tenant) =>
            {
                o.Cookie.Name = $".HooliSso_{tenant.Identifier}";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/Identity/Account/Login";
            });

        return services;
    }

    public static IServiceCollection AddApiMultitenancy(this IServiceCollection services)
    {
        services.AddMultiTenant<HooliTenant>()
            .WithHeaderStrategy("tenant")
            .WithEFCoreStore<TenantStoreDbContext, HooliTenant>()
            .WithPerTenantOptions<JwtBearerOptions>((o, tenant) =>
            {
                o.Authority = $"http://hooli-sso:80/{tenant.Identifier}/";
                o.TokenValidationParameters.ValidateAudience = false;
            });

        return services;
    }
}
