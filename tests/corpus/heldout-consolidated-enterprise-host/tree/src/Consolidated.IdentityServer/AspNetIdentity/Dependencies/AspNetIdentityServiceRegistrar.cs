using Consolidated.IdentityServer.AspNetIdentity.Models;
using Consolidated.IdentityServer.Configuration.Constants;
using Consolidated.Platform.Registration.Abstract;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Consolidated.IdentityServer.AspNetIdentity.Dependencies;

public class AspNetIdentityDbContext : IdentityDbContext<ApplicationUser, ApplicationRole, string>
{
    public AspNetIdentityDbContext(DbContextOptions<AspNetIdentityDbContext> options) : base(options)
    {
    }
}

internal sealed class AspNetIdentityServiceRegistrar : IRegisterServices
{
    public static void RegisterServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        string? connectionString = configuration.GetConnectionString(ConnectionStringKeys.AspNetIdentity);

        services.AddDbContext<AspNetIdentityDbContext>(options =>
            options.UseSqlServer(connectionString, sql =>
            {
                sql.MigrationsAssembly(typeof(AspNetIdentityServiceRegistrar).Assembly.GetName().FullName);
                sql.EnableRetryOnFailure(
                    maxRetryCount: 5,
                    maxRetryDelay: TimeSpan.FromSeconds(30),
                    errorNumbersToAdd: null);
            }));

        services
            .AddIdentity<ApplicationUser, ApplicationRole>()
            .AddEntityFrameworkStores<AspNetIdentityDbContext>()
            .AddDefaultTokenProviders();
    }
}
