using Globex.AccountService.Infrastructure.Data;
using Globex.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Globex.AccountService.Infrastructure;

public static class AccountInfrastructureExtensions
{
    public static void AddAccountDbContext(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("AccountServiceDb");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:AccountServiceDb is not configured.");

        services.AddPersistenceInfrastructure<AccountDbContext>();

        services.AddDbContext<AccountDbContext>((sp, options) =>
        {
            options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(
                    maxRetryCount: 5,
                    maxRetryDelay: TimeSpan.FromSeconds(30),
                    errorNumbersToAdd: null))
                .AddInterceptors(sp.GetServices<ISaveChangesInterceptor>());
        });

        services.AddScoped<DbContext>(sp => sp.GetRequiredService<AccountDbContext>());
    }
}
