using System;
using Fabrikam.Bazaar.Core.Entities;

namespace Microsoft.Extensions.DependencyInjection;

public static class MembershipRegistration
{
    public static IServiceCollection AddBazaarMembership(this IServiceCollection services)
    {
        services.AddIdentity<Member, MemberRole>(o =>
                {
                    o.Password.RequiredLength = 10;
                    o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
                })
                .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o => o.LoginPath = "/Account/Login");

        return services;
    }
}
