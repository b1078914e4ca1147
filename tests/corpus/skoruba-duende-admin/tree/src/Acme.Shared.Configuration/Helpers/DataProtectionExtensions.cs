using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Shared.Configuration.Helpers;

public static class DataProtectionExtensions
{
    // Shared by every web project of the solution so they can read each other's cookies.
    public static IServiceCollection AddAcmeDataProtection<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : DbContext, IDataProtectionKeyContext
    {
        services.AddDataProtection()
            .SetApplicationName("Acme.Identity")
            .PersistKeysToDbContext<TContext>();
        return services;
    }
}
