using Finbuckle.MultiTenant;
using Hooli.Infrastructure.Persistence.Context;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hooli.Infrastructure.Identity;

[MultiTenant]
public class HooliUser : IdentityUser
{
}

public static class DependencyInjection
{
    public static IServiceCollection AddHooliIdentity(this IServiceCollection services)
    {
        services.AddDefaultIdentity<HooliUser>(options =>
            {
                options.Password.RequiredLength = 6;
                options.Password.RequireNonAlphanumeric = false;
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<SsoIdentityDbContext>()
            .AddDefaultTokenProviders();

        return services;
    }
}
