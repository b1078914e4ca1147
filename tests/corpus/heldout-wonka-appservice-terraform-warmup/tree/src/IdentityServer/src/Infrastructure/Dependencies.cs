using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wonka.IdentityServer.Infrastructure.Identity;

namespace Wonka.IdentityServer.Infrastructure;

public static class Dependencies
{
    public static IdentityBuilder AddCustomIdentity(this IServiceCollection services, Action<IdentityOptions> configure)
    {
        return services.AddIdentity<ApplicationUser, ApplicationRole>(configure)
            .AddEntityFrameworkStores<ApplicationDbContext>();
    }
}
