using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Northwind.Kernel.Persistence.Postgres;
using Northwind.Modules.Accounts.Data;

namespace Northwind.Modules.Accounts.Setup;

public static class UserStoreSetup
{
    public static IServiceCollection AddAccountUsers(this IServiceCollection services, IConfiguration configuration)
    {
        var section = $"{AccountsModule.SectionName}:Postgres";

        if (configuration.GetValue<bool>($"{section}:InMemory"))
        {
            services.AddDbContext<AccountsDbContext>(o => o.UseInMemoryDatabase("northwind-accounts"));
        }
        else
        {
            services.AddModuleDbContext<AccountsDbContext>(configuration, section);
        }

        services.AddIdentity<EaterAccount, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 6;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();

        return services;
    }
}
