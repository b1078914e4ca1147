using FirstUp.Common;
using IdentityServer.Application.Common.Interfaces;
using IdentityServer.Infrastructure.Persistence;
using IdentityServer.Infrastructure.Services;
using IdentityServer8.Services;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class ConfigureServices
{
    public static IServiceCollection AddInfrastructureServices(this IServiceCollection services, AppSettings appSetting)
    {
        services.AddScoped<ConfigurationDbContext>();
        services.AddScoped<PersistedGrantDbContext>();

        services.AddDbContext<ApplicationDbContext>(options =>
        {
            options.UseSqlServer(appSetting.ConnectionStrings.MSSQL, sql =>
            {
                sql.CommandTimeout(180);
                sql.EnableRetryOnFailure(3);
                sql.MigrationsAssembly(typeof(ApplicationDbContext).Assembly.FullName);
            });
            options.EnableDetailedErrors(true);
        }, ServiceLifetime.Scoped);
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());

        services.AddScoped<ApplicationDbContextInitialiser>();
        services.AddScoped<IProfileService, ProfileService>();

        return services;
    }
}
